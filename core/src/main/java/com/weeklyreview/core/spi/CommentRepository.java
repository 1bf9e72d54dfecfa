package com.weeklyreview.core.spi;

import com.weeklyreview.core.review.Anchor;
import com.weeklyreview.core.review.Comment;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores inline comments and their threads; nothing is ever deleted. */
public interface CommentRepository {

    /** Starts a thread on a passage of a report. */
    Comment comment(long reportId, Anchor anchor, String body, String author, Instant at);

    /** Replies in the thread of {@code parent}. */
    Comment reply(Comment parent, String body, String author, Instant at);

    /** Finds a comment by id. */
    Optional<Comment> get(long id);

    /** Sets a thread's resolved flag. */
    Comment setResolved(long id, boolean resolved);

    /** Returns every comment of a report, oldest first. */
    List<Comment> byReport(long reportId);
}
