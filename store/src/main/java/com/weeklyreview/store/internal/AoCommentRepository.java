package com.weeklyreview.store.internal;

import com.weeklyreview.store.api.AoSession;
import com.weeklyreview.core.review.Anchor;
import com.weeklyreview.core.review.Comment;
import com.weeklyreview.core.spi.CommentRepository;
import com.weeklyreview.store.api.StoreException;
import com.weeklyreview.store.entity.CommentEntity;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** Inline comments in Active Objects ({@code WSR_COMMENT}); rows are never deleted. */
public final class AoCommentRepository implements CommentRepository {

    private final AoSession em;

    /** Creates the repository over an entity manager. */
    public AoCommentRepository(AoSession em) {
        this.em = em;
    }

    @Override
    public Comment comment(long reportId, Anchor anchor, String body, String author, Instant at) {
        return create(reportId, null, anchor, body, author, at);
    }

    @Override
    public Comment reply(Comment parent, String body, String author, Instant at) {
        long root = parent.parentId().orElse(parent.id());
        return create(parent.reportId(), root, null, body, author, at);
    }

    private Comment create(long reportId, Long parent, Anchor anchor, String body, String author, Instant at) {
        try {
            return toDomain(em.create(CommentEntity.class,
                    new DBParam("REPORT_ID", reportId),
                    new DBParam("PARENT_ID", parent),
                    new DBParam("ANCHOR_TEXT", anchor == null ? null : anchor.text()),
                    new DBParam("OCCURRENCE", anchor == null ? null : anchor.occurrence()),
                    new DBParam("BODY", body),
                    new DBParam("AUTHOR", author),
                    new DBParam("CREATED_AT", at.toEpochMilli()),
                    new DBParam("RESOLVED", Boolean.FALSE)));
        } catch (SQLException e) {
            throw new StoreException("cannot store a comment", e);
        }
    }

    @Override
    public Optional<Comment> get(long id) {
        return entity(id).map(AoCommentRepository::toDomain);
    }

    private Optional<CommentEntity> entity(long id) {
        if (id < 1 || id > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        try {
            CommentEntity[] found = em.find(CommentEntity.class, Query.select().where("ID = ?", (int) id));
            return found.length == 0 ? Optional.empty() : Optional.of(found[0]);
        } catch (SQLException e) {
            throw new StoreException("cannot read comment " + id, e);
        }
    }

    @Override
    public Comment setResolved(long id, boolean resolved) {
        CommentEntity e = entity(id).orElseThrow(() -> new NoSuchElementException("comment " + id));
        e.setResolved(resolved);
        e.save();
        return toDomain(e);
    }

    @Override
    public List<Comment> byReport(long reportId) {
        try {
            List<Comment> result = new ArrayList<>();
            for (CommentEntity e : em.find(CommentEntity.class, Query.select().where("REPORT_ID = ?", reportId)
                    .order("CREATED_AT, ID"))) {
                result.add(toDomain(e));
            }
            return result;
        } catch (SQLException e) {
            throw new StoreException("cannot read the comments of report " + reportId, e);
        }
    }

    private static Comment toDomain(CommentEntity e) {
        return new Comment(e.getID(), e.getReportId(), Optional.ofNullable(e.getParentId()),
                e.getAnchorText() == null ? Optional.empty() : Optional.of(new Anchor(e.getAnchorText(), e.getOccurrence())),
                e.getBody(), e.getAuthor(), Instant.ofEpochMilli(e.getCreatedAt()), Boolean.TRUE.equals(e.getResolved()));
    }
}
