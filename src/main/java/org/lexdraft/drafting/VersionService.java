package org.lexdraft.drafting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.lexdraft.api.model.NewVersion;
import org.lexdraft.api.model.VersionSummary;
import org.lexdraft.access.CurrentMember;
import org.lexdraft.common.LexdraftConfig;
import org.lexdraft.common.PageResult;
import org.lexdraft.common.Problems;
import org.lexdraft.common.Times;
import org.lexdraft.common.VersionRef;
import org.lexdraft.delegation.Member;
import org.lexdraft.events.EventService;
import org.lexdraft.text.AttributedSpan;
import org.lexdraft.text.Blame;
import org.lexdraft.text.BlameCodec;
import org.lexdraft.text.DiffEngine;
import org.lexdraft.text.MergeResult;
import org.lexdraft.text.Texts;
import org.lexdraft.text.ThreeWayMerge;
import org.lexdraft.text.VersionKey;

/** The immutable history of drafts: recording new versions against a named base, and reading them. */
@ApplicationScoped
public class VersionService {

    /** Longer encodings are not stored; such a version's blame is recomputed when read. */
    private static final int MAX_STORED_BLAME = 1_000_000;

    @Inject
    CurrentMember current;

    @Inject
    DraftService drafts;

    @Inject
    LexdraftConfig config;

    @Inject
    DiffEngine engine;

    @Inject
    ThreeWayMerge merger;

    @Inject
    jakarta.enterprise.event.Event<HeadChanged> headChanged;

    @Inject
    VersionCache cache;

    @Inject
    EventService events;

    @Inject
    ObjectMapper json;

    /**
     * Records a new version. The draft row is locked for the transaction, so concurrent writers are
     * serialised and numbers stay gapless; the unique (draft, number) constraint backs this up. A
     * stale base is merged three-way with the head when the edits do not overlap.
     */
    @Transactional
    public org.lexdraft.api.model.Version create(long draftId, NewVersion request, String ifMatch) {
        Member caller = current.get();
        Draft d = drafts.requireVisible(draftId, caller, true);
        if (!caller.canWriteFor(d.delegation)) {
            throw Problems.forbidden("Only the drafters of " + d.delegation.code + " write versions of this draft.");
        }
        checkTextLength("text", request.getText());
        int base = baseOf(request, ifMatch, d.head);
        if (base > d.head) {
            throw Problems.unprocessable("baseVersion", "draft " + d.id + " has no version " + base + " (its head is " + d.head + ")");
        }
        if (!d.isOpenForVersions()) {
            throw Problems.draftClosed("Draft " + d.id + " is " + d.status + " and takes no new versions.");
        }
        Integer sourceVersion = sourceVersionOf(d, request.getSourceVersion());
        DraftVersion head = require(d.id, d.head);
        String text = request.getText();
        Integer mergedFrom = null;
        if (base < d.head) {
            MergeResult result = merger.merge(require(d.id, base).text, text, head.text);
            if (!result.clean()) {
                throw Problems.editConflict(base, d.head, result.conflicts().stream().map(DraftingMapper::toApi).toList());
            }
            text = result.merged();
            checkTextLength("text", text);
            mergedFrom = base;
        }
        Instant now = Times.now();
        int number = d.head + 1;
        DraftVersion v = record(d, number, text, request.getMessage(), caller, head, mergedFrom, sourceVersion, now);
        d.head = number;
        d.sourceVersion = sourceVersion;
        d.updatedAt = now;
        events.versionCreated(v, caller);
        return DraftingMapper.toApi(v, caller);
    }

    /**
     * A page of the history, newest first. Numbers are gapless, so a page is a range of numbers and
     * is read through the (draft, number) index, whatever the length of the history.
     */
    @Transactional(TxType.SUPPORTS)
    public PageResult<VersionSummary> list(long draftId, int page, int size) {
        Member caller = current.get();
        Draft d = drafts.requireVisible(draftId, caller, false);
        long newest = (long) d.head - (long) page * size;
        List<VersionSummary> items = List.of();
        if (newest >= 1) {
            long oldest = Math.max(1, newest - size + 1);
            items = DraftVersion.<DraftVersion>find("from DraftVersion v join fetch v.author join fetch v.delegation"
                            + " where v.draft = ?1 and v.number between ?2 and ?3", Sort.descending("v.number"),
                    d, (int) oldest, (int) newest).list().stream().map(v -> DraftingMapper.toSummary(v, caller)).toList();
        }
        return new PageResult<>(items, page, size, d.head);
    }

    /**
     * A version as the caller's delegation sees it, in JSON. Versions are immutable and visibility
     * only grows, so what is once sent to a delegation is answered again from {@link VersionCache}
     * without loading anything (the sign-in already named the delegation) and without a transaction.
     */
    public byte[] getJson(long draftId, int number) {
        long delegationId = current.delegationId();
        byte[] cached = cache.get(delegationId, draftId, number);
        if (cached != null) {
            return cached;
        }
        Member caller = current.get();
        DraftVersion v = requireVisible(new VersionRef(draftId, number), caller);
        var model = DraftingMapper.toApi(v, caller);
        byte[] body;
        try {
            body = json.writeValueAsBytes(model);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write version " + draftId + ":" + number, e);
        }
        cache.put(delegationId, v, model.getParent() != null, body);
        return body;
    }

    /** The version if its draft is visible to the member; otherwise 404. */
    DraftVersion requireVisible(VersionRef ref, Member caller) {
        // one query for the version, its draft and everything its read model names
        DraftVersion v = DraftVersion.<DraftVersion>find("from DraftVersion v join fetch v.draft d join fetch d.delegation"
                        + " join fetch v.author join fetch v.delegation where d.id = ?1 and v.number = ?2",
                ref.draftId(), ref.number()).firstResult();
        if (v == null || !v.draft.isVisibleTo(caller)) {
            throw Problems.notFound("There is no version " + ref + ".");
        }
        return v;
    }

    /**
     * Writes a version and its attribution, carried from the parent (the previous head, or for a
     * fork the source version) through the diff between the two texts.
     */
    DraftVersion record(Draft d, int number, String text, String message, Member author, DraftVersion parent,
                        Integer mergedFrom, Integer sourceVersion, Instant now) {
        VersionKey key = new VersionKey(d.id, number);
        List<AttributedSpan<VersionKey>> spans = parent == null
                ? Blame.initial(text, key)
                : Blame.carry(engine, parent.text, blameOf(parent), text, key);
        String encoded = BlameCodec.encode(spans);
        DraftVersion v = new DraftVersion();
        v.draft = d;
        v.number = number;
        v.text = text;
        v.sha256 = Texts.sha256Hex(text);
        v.length = Texts.codePoints(text);
        v.message = message == null ? "" : message.strip();
        v.author = author;
        v.delegation = author.delegation;
        v.createdAt = now;
        if (parent != null) {
            v.parentDraftId = parent.draft.id;
            v.parentNumber = parent.number;
        }
        v.merged = mergedFrom != null;
        v.baseNumber = mergedFrom;
        v.sourceVersion = sourceVersion;
        v.blame = encoded.length() <= MAX_STORED_BLAME ? encoded : null;
        v.persist();
        headChanged.fire(new HeadChanged(d.id, number, text));
        return v;
    }

    /** A version's attribution: stored when it was written, else carried forward from the nearest stored one. */
    List<AttributedSpan<VersionKey>> blameOf(DraftVersion version) {
        Deque<DraftVersion> unstored = new ArrayDeque<>();
        DraftVersion v = version;
        while (v.blame == null) {
            unstored.push(v);
            if (v.parentDraftId == null) {
                break;
            }
            v = require(v.parentDraftId, v.parentNumber);
        }
        List<AttributedSpan<VersionKey>> spans;
        String text;
        if (v.blame != null) {
            spans = BlameCodec.decode(v.blame);
            text = v.text;
        } else {
            DraftVersion root = unstored.pop();
            spans = Blame.initial(root.text, new VersionKey(root.draft.id, root.number));
            text = root.text;
        }
        while (!unstored.isEmpty()) {
            DraftVersion next = unstored.pop();
            spans = Blame.carry(engine, text, spans, next.text, new VersionKey(next.draft.id, next.number));
            text = next.text;
        }
        return spans;
    }

    /**
     * The source version a new version of {@code d} renders: the one named, which the source must
     * have, or else the previous version's; null for a draft that is no language version.
     */
    private static Integer sourceVersionOf(Draft d, Integer requested) {
        if (!d.isLanguageVersion()) {
            if (requested != null) {
                throw Problems.unprocessable("sourceVersion", "draft " + d.id + " is no language version");
            }
            return null;
        }
        if (requested == null) {
            return d.sourceVersion;
        }
        checkSourceVersion(d.translationOf, requested);
        return requested;
    }

    /** A 422 unless the source has version {@code number}. */
    static void checkSourceVersion(Draft source, int number) {
        if (number < 1 || number > source.head) {
            throw Problems.unprocessable("sourceVersion", "draft " + source.id + " has no version " + number
                    + " (its head is " + source.head + ")");
        }
    }

    void checkTextLength(String field, String text) {
        int limit = config.limits().maxTextLength();
        // a UTF-16 length within the limit is a code point count within it, without counting
        if (text.length() > limit) {
            int length = Texts.codePoints(text);
            if (length > limit) {
                throw Problems.textTooLong(field, length, limit);
            }
        }
    }

    private static DraftVersion require(long draftId, int number) {
        return DraftVersion.findByNumber(draftId, number)
                .orElseThrow(() -> new IllegalStateException("version " + draftId + ":" + number + " is missing"));
    }

    /** The version the client edited: baseVersion, else the If-Match ETag; neither is a 428. */
    private static int baseOf(NewVersion request, String ifMatch, int head) {
        if (request.getBaseVersion() != null) {
            return request.getBaseVersion();
        }
        if (ifMatch == null || ifMatch.isBlank()) {
            throw Problems.preconditionRequired(
                    "Name the version you edited: send baseVersion in the body or the draft's ETag in If-Match.");
        }
        if (ifMatch.strip().equals("*")) {
            throw Problems.preconditionRequired(
                    "If-Match: * names no version; send the draft's ETag, such as \"" + head + "\", or baseVersion.");
        }
        var tags = ETags.parseList(ifMatch);
        if (tags == null) {
            throw Problems.invalidField("If-Match", "must be a list of entity-tags such as \"" + head + "\" (the draft's ETag)");
        }
        if (!ETags.matchesStrongly(tags, head)) {
            throw Problems.preconditionFailed("If-Match does not name the draft's head: its ETag is now \"" + head
                    + "\" (If-Match compares strongly, so a weak W/ tag never matches).", head);
        }
        return head;
    }
}
