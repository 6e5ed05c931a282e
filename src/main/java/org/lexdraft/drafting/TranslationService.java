package org.lexdraft.drafting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;
import org.lexdraft.api.model.CreatedDraft;
import org.lexdraft.api.model.LanguageVersion;
import org.lexdraft.api.model.NewTranslation;
import org.lexdraft.access.CurrentMember;
import org.lexdraft.common.LanguageTags;
import org.lexdraft.common.Problems;
import org.lexdraft.common.Times;
import org.lexdraft.delegation.Member;

/**
 * Language versions: a draft of its own that renders another draft (its source) in one language,
 * with the source's term, delegation and visibility, and on each version the source version it renders.
 */
@ApplicationScoped
public class TranslationService {

    private static final int MAX_TITLE = 200;

    @Inject
    CurrentMember current;

    @Inject
    DraftService drafts;

    @Inject
    VersionService versions;

    /**
     * Creates the language version of draft {@code sourceId} in one language. The source row is locked,
     * so two requests for one language are serialised (the unique (source, language) key backs this up).
     * This is the one place a language version is created.
     */
    @Inject
    org.lexdraft.events.EventService events;

    @Transactional
    public CreatedDraft create(long sourceId, NewTranslation request) {
        Member caller = current.get();
        Draft source = drafts.requireVisible(sourceId, caller, true);
        if (!caller.canWriteFor(source.delegation)) {
            throw Problems.forbidden("Only the drafters of " + source.delegation.code
                    + " make language versions of this draft.");
        }
        if (source.isLanguageVersion()) {
            throw Problems.conflict("Draft " + source.id + " is itself a language version of draft "
                    + source.translationOf.id + "; make the language version from draft " + source.translationOf.id + ".");
        }
        String language = LanguageTags.canonical("language", request.getLanguage());
        versions.checkTextLength("text", request.getText());
        int sourceVersion = request.getSourceVersion() == null ? source.head : request.getSourceVersion();
        VersionService.checkSourceVersion(source, sourceVersion);
        if (language.equals(source.language)) {
            throw Problems.conflict("Draft " + source.id + " is itself in " + language + ".");
        }
        if (Draft.count("translationOf = ?1 and language = ?2", source, language) > 0) {
            throw Problems.duplicate("Draft " + source.id + " already has a language version in " + language + ".");
        }
        Instant now = Times.now();
        Draft d = new Draft();
        d.term = source.term;
        d.delegation = source.delegation;
        d.title = titleOf(source.title, language);
        d.visibility = source.visibility;
        d.status = Draft.ACTIVE;
        d.head = 1;
        d.language = language;
        d.translationOf = source;
        d.sourceVersion = sourceVersion;
        d.createdAt = now;
        d.updatedAt = now;
        d.persist();
        DraftVersion first = versions.record(d, 1, request.getText(), request.getMessage(), caller, null, null,
                sourceVersion, now);
        events.translationCreated(d, caller);
        return DraftingMapper.toCreated(d, first, caller);
    }

    /** The language versions of a draft the caller may see, by language (none for a language version). */
    @Transactional(TxType.SUPPORTS)
    public List<LanguageVersion> list(long sourceId) {
        Member caller = current.get();
        Draft source = drafts.requireVisible(sourceId, caller, false);
        return of(source).stream().filter(d -> d.isVisibleTo(caller)).map(DraftingMapper::toLanguageVersion).toList();
    }

    static List<Draft> of(Draft source) {
        return Draft.<Draft>find("translationOf = ?1 order by language", source).list();
    }

    private static String titleOf(String sourceTitle, String language) {
        String suffix = " (" + language + ")";
        String title = sourceTitle;
        if (title.length() + suffix.length() > MAX_TITLE) {
            int cut = MAX_TITLE - suffix.length();
            if (Character.isHighSurrogate(title.charAt(cut - 1))) {
                cut--;
            }
            title = title.substring(0, cut);
        }
        return title + suffix;
    }
}
