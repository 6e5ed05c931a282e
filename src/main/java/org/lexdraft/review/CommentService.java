package org.lexdraft.review;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.lexdraft.api.model.CommentChanges;
import org.lexdraft.api.model.NewAnchor;
import org.lexdraft.api.model.NewComment;
import org.lexdraft.access.CurrentMember;
import org.lexdraft.common.SharedDeadline;
import org.lexdraft.common.PageResult;
import org.lexdraft.common.Problems;
import org.lexdraft.common.Times;
import org.lexdraft.common.VersionRef;
import org.lexdraft.delegation.Member;
import org.lexdraft.drafting.Draft;
import org.lexdraft.drafting.DraftService;
import org.lexdraft.drafting.DraftVersion;
import org.lexdraft.events.EventService;
import org.lexdraft.text.Anchor;
import org.lexdraft.text.AnchorState;
import org.lexdraft.text.Reanchored;
import org.lexdraft.text.Reanchoring;
import org.lexdraft.text.Texts;

/**
 * Comments: who may write, see and change them, and where their anchors are in any version.
 * A comment is visible when its draft is and it is public or of the caller's own delegation.
 */
@ApplicationScoped
public class CommentService {

    private static final String VISIBLE = "(c.visibility = 'public' or c.delegation.id = :delegationId)";

    @Inject
    CurrentMember current;

    @Inject
    DraftService drafts;

    @Inject
    SharedDeadline deadline;

    @Inject
    EventService events;

    /**
     * The comments on this draft, and on the versions of drafts it was forked from that this draft
     * descends from, with anchors followed into version {@code number} (default: the head).
     */
    @Transactional(TxType.SUPPORTS)
    public PageResult<org.lexdraft.api.model.Comment> list(long draftId, Integer number, int page, int size) {
        Member caller = current.get();
        Draft d = drafts.requireVisible(draftId, caller, false);
        int target = number == null ? d.head : number;
        DraftVersion view = DraftVersion.findByNumber(d.id, target)
                .orElseThrow(() -> Problems.notFound("Draft " + d.id + " has no version " + target + "."));
        // this draft's comments up to the version viewed, then, for a fork, those its source had up
        // to the version it was based on, and so on while the sources are visible
        List<Comment> comments = new ArrayList<>();
        Draft draft = d;
        Integer upTo = target;
        while (draft != null && draft.isVisibleTo(caller)) {
            comments.addAll(Comment.<Comment>find("from Comment c join fetch c.author join fetch c.delegation"
                            + " where c.draft = :draft and c.versionNumber <= :upTo and " + VISIBLE, Sort.by("c.createdAt").and("c.id"),
                    Parameters.with("draft", draft).and("upTo", upTo).and("delegationId", caller.delegation.id)).list());
            upTo = draft.basedOnNumber;
            draft = draft.basedOnDraft;
        }
        // oldest first: ids are random and say nothing of the order
        comments.sort(Comparator.comparing((Comment c) -> c.createdAt).thenComparing(c -> c.id));
        int from = Math.min(comments.size(), page * size);
        List<Comment> slice = comments.subList(from, Math.min(comments.size(), from + size));
        Map<Long, List<CommentEdit>> edits = editsOf(slice);
        Map<String, String> texts = new HashMap<>();
        VersionRef viewRef = new VersionRef(d.id, view.number);
        // the anchors of a page share one diff deadline
        Reanchoring reanchoring = new Reanchoring(deadline.amongst(slice.stream().filter(Comment::isAnchored).count()));
        List<org.lexdraft.api.model.Comment> items = slice.stream()
                .map(c -> ReviewMapper.toApi(c, edits.getOrDefault(c.id, List.of()), viewRef,
                        follow(reanchoring, c, view, texts)))
                .toList();
        return new PageResult<>(items, page, size, comments.size());
    }

    @Transactional(TxType.SUPPORTS)
    public org.lexdraft.api.model.Comment get(long commentId) {
        Member caller = current.get();
        Comment c = requireVisible(commentId, caller);
        DraftVersion head = DraftVersion.findByNumber(c.draft.id, c.draft.head).orElseThrow();
        return ReviewMapper.toApi(c, editsOf(List.of(c)).getOrDefault(c.id, List.of()),
                new VersionRef(c.draft.id, head.number), follow(new Reanchoring(deadline.amongst(1)), c, head, new HashMap<>()));
    }

    @Transactional
    public org.lexdraft.api.model.Comment create(long draftId, NewComment request) {
        Member caller = current.get();
        Draft d = drafts.requireVisible(draftId, caller, false);
        if (!Member.DRAFTER.equals(caller.role) && !caller.isChair()) {
            throw Problems.forbidden("Observers read comments but do not write them.");
        }
        DraftVersion version = DraftVersion.findByNumber(d.id, request.getVersion())
                .orElseThrow(() -> Problems.unprocessable("version", "draft " + d.id + " has no version " + request.getVersion()));
        String visibility = request.getVisibility() == null ? null : request.getVisibility().toString();
        Comment parent = null;
        if (request.getReplyTo() != null) {
            parent = Comment.<Comment>findByIdOptional(request.getReplyTo())
                    .filter(p -> p.draft.id.equals(d.id) && p.isVisibleTo(caller))
                    .orElseThrow(() -> Problems.unprocessable("replyTo",
                            "draft " + d.id + " has no comment " + request.getReplyTo() + " that you can see"));
            if (Comment.PRIVATE.equals(parent.visibility)) {
                if (Comment.PUBLIC.equals(visibility)) {
                    throw Problems.unprocessable("visibility",
                            "a reply to a comment private to your delegation must be private too");
                }
                visibility = Comment.PRIVATE;
            }
        }
        Anchor anchor = request.getAnchor() == null ? null : anchor(version.text, request.getAnchor());
        Instant now = Times.now();
        Comment c = new Comment();
        c.draft = d;
        c.versionNumber = version.number;
        c.delegation = caller.delegation;
        c.author = caller;
        c.body = Problems.requireText("body", request.getBody());
        c.visibility = visibility == null ? Comment.PUBLIC : visibility;
        c.status = Comment.OPEN;
        c.replyTo = parent;
        if (anchor != null) {
            c.anchorStart = anchor.start();
            c.anchorEnd = anchor.end();
            c.anchorQuote = anchor.quote();
            c.anchorPrefix = anchor.prefix();
            c.anchorSuffix = anchor.suffix();
        }
        c.createdAt = now;
        c.updatedAt = now;
        c.persist();
        events.commentCreated(c, caller);
        return ReviewMapper.toApi(c, List.of(), new VersionRef(d.id, version.number),
                anchor == null ? null : new Reanchored(AnchorState.EXACT, anchor));
    }

    @Transactional
    public org.lexdraft.api.model.Comment update(long commentId, CommentChanges changes) {
        Member caller = current.get();
        // locked, so that an edit and a resolution at the same moment cannot undo each other
        Comment c = requireVisible(commentId, caller, true);
        if (changes.getBody() != null) {
            if (!c.author.id.equals(caller.id)) {
                throw Problems.forbidden("Only the author edits a comment's body.");
            }
            String body = Problems.requireText("body", changes.getBody());
            if (!body.equals(c.body)) {
                CommentEdit edit = new CommentEdit();
                edit.comment = c;
                edit.body = c.body;
                edit.replacedAt = Times.now();
                edit.persist();
                c.body = body;
            }
        }
        if (changes.getStatus() != null) {
            if (!caller.canWriteFor(c.delegation) && !caller.isChair()) {
                throw Problems.forbidden("Only the delegation " + c.delegation.code + " and the chair resolve or reopen this comment.");
            }
            c.status = changes.getStatus().toString();
        }
        c.updatedAt = Times.now();
        var updated = get(commentId);
        events.commentUpdated(c, caller);
        return updated;
    }

    private Comment requireVisible(long commentId, Member caller) {
        return requireVisible(commentId, caller, false);
    }

    private Comment requireVisible(long commentId, Member caller, boolean lock) {
        return (lock ? Comment.<Comment>findByIdOptional(commentId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                : Comment.<Comment>findByIdOptional(commentId))
                .filter(c -> c.draft.isVisibleTo(caller) && c.isVisibleTo(caller))
                .orElseThrow(() -> Problems.notFound("There is no comment " + commentId + "."));
    }

    /** The stored anchor followed from the version it was made on into {@code view}. */
    private static Reanchored follow(Reanchoring reanchoring, Comment c, DraftVersion view, Map<String, String> texts) {
        if (!c.isAnchored()) {
            return null;
        }
        Anchor made = ReviewMapper.stored(c);
        if (c.draft.id.equals(view.draft.id) && c.versionNumber == view.number) {
            return new Reanchored(AnchorState.EXACT, made);
        }
        String key = c.draft.id + ":" + c.versionNumber;
        String from = texts.computeIfAbsent(key, k -> DraftVersion.findByNumber(c.draft.id, c.versionNumber).orElseThrow().text);
        return reanchoring.follow(made, from, view.text);
    }

    /** Validates an anchor given as offsets, as a quote, or both, against the version's text. */
    private static Anchor anchor(String text, NewAnchor given) {
        boolean hasRange = given.getStart() != null || given.getEnd() != null;
        boolean hasQuote = given.getQuote() != null;
        if (!hasRange && !hasQuote) {
            throw Problems.unprocessable("anchor", "give start and end, or a quote");
        }
        Anchor byRange = null;
        if (hasRange) {
            if (given.getStart() == null || given.getEnd() == null) {
                throw Problems.unprocessable("anchor", "give both start and end");
            }
            int length = Texts.codePoints(text);
            int start = given.getStart();
            int end = given.getEnd();
            if (start < 0 || end > length || start >= end) {
                throw Problems.unprocessable("anchor", "start and end must satisfy 0 <= start < end <= " + length
                        + " (the version's length in code points)");
            }
            byRange = Anchor.fromRange(text, start, end);
        }
        if (!hasQuote) {
            return byRange;
        }
        if (byRange != null) {
            if (!byRange.quote().equals(given.getQuote())) {
                throw Problems.unprocessable("anchor", "the quote is not the text between start and end");
            }
            return byRange;
        }
        Optional<Anchor> byQuote = Anchor.fromQuote(text, given.getQuote(),
                given.getPrefix() == null ? "" : given.getPrefix(), given.getSuffix() == null ? "" : given.getSuffix());
        return byQuote.orElseThrow(() -> Problems.unprocessable("anchor", "the quote does not occur in version"));
    }

    private static Map<Long, List<CommentEdit>> editsOf(List<Comment> comments) {
        if (comments.isEmpty()) {
            return Map.of();
        }
        return CommentEdit.<CommentEdit>find("comment in ?1", Sort.by("id"), comments).list().stream()
                .collect(Collectors.groupingBy(e -> e.comment.id));
    }
}
