package org.lexdraft.review;

import java.util.List;
import org.lexdraft.api.model.AnchorState;
import org.lexdraft.api.model.CommentStatus;
import org.lexdraft.api.model.CommentVisibility;
import org.lexdraft.api.model.OriginalAnchor;
import org.lexdraft.api.model.PositionRecord;
import org.lexdraft.api.model.Stance;
import org.lexdraft.common.Times;
import org.lexdraft.common.VersionRef;
import org.lexdraft.text.Anchor;
import org.lexdraft.text.Reanchored;

/** Comments and positions as the API shows them. */
final class ReviewMapper {

    private ReviewMapper() {
    }

    /** @param anchoredIn the version the anchor is given in, with the anchor followed there (null if not anchored) */
    static org.lexdraft.api.model.Comment toApi(Comment c, List<CommentEdit> edits, VersionRef anchoredIn, Reanchored anchor) {
        var out = new org.lexdraft.api.model.Comment()
                .id(c.id)
                .draft(c.draft.id)
                .version(c.versionNumber)
                .author(c.author.username)
                .delegation(c.delegation.code)
                .body(c.body)
                .visibility(CommentVisibility.fromValue(c.visibility))
                .status(CommentStatus.fromValue(c.status))
                .replyTo(c.replyTo == null ? null : c.replyTo.id)
                .createdAt(Times.utc(c.createdAt))
                .updatedAt(Times.utc(c.updatedAt))
                .history(edits.stream()
                        .map(e -> new org.lexdraft.api.model.CommentEdit().body(e.body).replacedAt(Times.utc(e.replacedAt)))
                        .toList());
        if (c.isAnchored() && anchor != null) {
            out.anchorVersion(anchoredIn.toString())
                    .anchorState(AnchorState.fromValue(anchor.state().name().toLowerCase(java.util.Locale.ROOT)))
                    .anchor(anchor.anchor() == null ? null : toApi(anchor.anchor()))
                    .original(new OriginalAnchor().version(c.versionNumber).start(c.anchorStart).end(c.anchorEnd)
                            .quote(c.anchorQuote));
        }
        return out;
    }

    static org.lexdraft.api.model.Anchor toApi(Anchor a) {
        return new org.lexdraft.api.model.Anchor().start(a.start()).end(a.end()).quote(a.quote())
                .prefix(a.prefix()).suffix(a.suffix());
    }

    static Anchor stored(Comment c) {
        return new Anchor(c.anchorStart, c.anchorEnd, c.anchorQuote, c.anchorPrefix, c.anchorSuffix);
    }

    /** @param history all stances of one delegation on one draft, newest first */
    static org.lexdraft.api.model.Position toApi(List<Position> history, int head) {
        Position current = history.get(0);
        return new org.lexdraft.api.model.Position()
                .draft(current.draft.id)
                .delegation(current.delegation.code)
                .stance(Stance.fromValue(current.stance))
                .version(current.versionNumber)
                .statement(current.statement)
                .author(current.author.username)
                .createdAt(Times.utc(current.createdAt))
                .outdated(current.versionNumber < head)
                .history(history.subList(1, history.size()).stream()
                        .map(p -> new PositionRecord().stance(Stance.fromValue(p.stance)).version(p.versionNumber)
                                .statement(p.statement).author(p.author.username).createdAt(Times.utc(p.createdAt)))
                        .toList());
    }
}
