package com.weeklyreview.rest.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.weeklyreview.core.review.Anchor;
import com.weeklyreview.core.review.Comment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * An inline comment on the wire. Which parts are present depends on the answer: a reply carries
 * the comment alone; a thread of {@code GET /reports/{id}/comments} adds the author's name, its
 * anchor, whether the passage still exists, whether it is resolved and its replies.
 *
 * @param id         its id
 * @param reportId   the report it is on
 * @param parentId   the thread it replies to, absent for a thread
 * @param body       the text
 * @param author     who wrote it
 * @param createdAt  when
 * @param authorName the author's display name, in listings
 * @param anchor     the passage a thread is on
 * @param detached   true when the passage is no longer on the page
 * @param resolved   whether a thread is resolved
 * @param replies    a thread's replies, oldest first
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommentJson(long id, long reportId, Long parentId, String body, String author, String createdAt,
                          String authorName, AnchorJson anchor, Boolean detached, Boolean resolved,
                          List<CommentJson> replies) {

    /** Returns the comment alone. */
    public static CommentJson of(Comment c) {
        return new CommentJson(c.id(), c.reportId(), c.parentId().orElse(null), c.body(), c.author(),
                c.createdAt().toString(), null, null, null, null, null);
    }

    /** Returns a thread just started on a passage. */
    public static CommentJson started(Comment c, Anchor anchor) {
        return of(c).with(null, AnchorJson.of(anchor), null, false, null);
    }

    /** Returns a thread after it was resolved or reopened. */
    public static CommentJson resolved(Comment c) {
        return of(c).with(null, null, null, c.resolved(), null);
    }

    /**
     * Returns a report's threads, oldest first, each with its replies and its author's name;
     * {@code detached} when the page's text is known and no longer holds the passage.
     */
    public static List<CommentJson> threads(List<Comment> all, Optional<String> page, Function<String, String> names) {
        List<CommentJson> threads = new ArrayList<>();
        for (Comment c : all) {
            if (c.parentId().isPresent()) {
                continue;
            }
            List<CommentJson> replies = all.stream().filter(r -> r.parentId().filter(p -> p == c.id()).isPresent())
                    .map(r -> of(r).with(names.apply(r.author()), null, null, null, null)).toList();
            threads.add(of(c).with(names.apply(c.author()), c.anchor().map(AnchorJson::of).orElse(null),
                    c.anchor().map(a -> page.map(text -> !a.attachedTo(text)).orElse(false)).orElse(null),
                    c.resolved(), replies));
        }
        return threads;
    }

    private CommentJson with(String name, AnchorJson at, Boolean isDetached, Boolean isResolved, List<CommentJson> answers) {
        return new CommentJson(id, reportId, parentId, body, author, createdAt, name, at, isDetached, isResolved, answers);
    }

    /**
     * The passage a thread is on.
     *
     * @param text       the passage
     * @param occurrence which occurrence of it on the page, from 1
     */
    public record AnchorJson(String text, int occurrence) {
        static AnchorJson of(Anchor a) {
            return new AnchorJson(a.text(), a.occurrence());
        }
    }
}
