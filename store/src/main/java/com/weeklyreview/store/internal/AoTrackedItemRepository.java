package com.weeklyreview.store.internal;

import com.weeklyreview.store.AoSession;
import com.weeklyreview.core.items.Cause;
import com.weeklyreview.core.items.ItemStatus;
import com.weeklyreview.core.items.ItemType;
import com.weeklyreview.core.items.NewItem;
import com.weeklyreview.core.items.TrackedItem;
import com.weeklyreview.core.spi.TrackedItemRepository;
import com.weeklyreview.store.StoreException;
import com.weeklyreview.store.entity.TrackedItemEntity;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** Tracked items in Active Objects ({@code WSR_ITEM}). */
public final class AoTrackedItemRepository implements TrackedItemRepository {

    private final AoSession em;

    /** Creates the repository over an entity manager. */
    public AoTrackedItemRepository(AoSession em) {
        this.em = em;
    }

    @Override
    public TrackedItem create(NewItem item, String createdBy, Instant at) {
        try {
            TrackedItemEntity e = em.create(TrackedItemEntity.class,
                    new DBParam("ITEM_TYPE", item.type().wireName()),
                    new DBParam("TITLE", item.title()),
                    new DBParam("OWNER", item.owner()),
                    new DBParam("DEADLINE", item.deadline().toString()),
                    new DBParam("REPORT_ID", item.reportId()),
                    new DBParam("CAUSE", item.cause().wireName()),
                    new DBParam("VERIFICATION", item.verification()),
                    new DBParam("STATUS", ItemStatus.OPEN.wireName()),
                    new DBParam("CREATED_BY", createdBy),
                    new DBParam("CREATED_AT", at.toEpochMilli()),
                    new DBParam("UPDATED_AT", at.toEpochMilli()));
            return toDomain(e);
        } catch (SQLException ex) {
            throw new StoreException("cannot create an item", ex);
        }
    }

    @Override
    public Optional<TrackedItem> get(long id) {
        return entity(id).map(AoTrackedItemRepository::toDomain);
    }

    private Optional<TrackedItemEntity> entity(long id) {
        if (id < 1 || id > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        try {
            TrackedItemEntity[] found = em.find(TrackedItemEntity.class, Query.select().where("ID = ?", (int) id));
            return found.length == 0 ? Optional.empty() : Optional.of(found[0]);
        } catch (SQLException e) {
            throw new StoreException("cannot read item " + id, e);
        }
    }

    @Override
    public TrackedItem setStatus(long id, ItemStatus status, Instant at) {
        TrackedItemEntity e = entity(id).orElseThrow(() -> new NoSuchElementException("item " + id));
        e.setStatus(status.wireName());
        e.setUpdatedAt(at.toEpochMilli());
        e.save();
        return toDomain(e);
    }

    @Override
    public List<TrackedItem> find(List<String> owners, Optional<ItemStatus> status) {
        List<String> clauses = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (!owners.isEmpty()) {
            clauses.add("OWNER IN (" + String.join(",", Collections.nCopies(owners.size(), "?")) + ")");
            params.addAll(owners);
        }
        status.ifPresent(s -> {
            clauses.add("STATUS = ?");
            params.add(s.wireName());
        });
        Query query = Query.select().order("DEADLINE, ID");
        if (!clauses.isEmpty()) {
            query = query.where(String.join(" AND ", clauses), params.toArray());
        }
        try {
            List<TrackedItem> result = new ArrayList<>();
            for (TrackedItemEntity e : em.find(TrackedItemEntity.class, query)) {
                result.add(toDomain(e));
            }
            return result;
        } catch (SQLException e) {
            throw new StoreException("cannot list items", e);
        }
    }

    private static TrackedItem toDomain(TrackedItemEntity e) {
        NewItem item = new NewItem(ItemType.fromWire(e.getItemType()).orElseThrow(), e.getTitle(), e.getOwner(),
                Columns.date(e.getDeadline()), e.getReportId(), Cause.fromWire(e.getCause()).orElseThrow(),
                e.getVerification());
        return new TrackedItem(e.getID(), item, ItemStatus.fromWire(e.getStatus()).orElseThrow(), e.getCreatedBy(),
                Instant.ofEpochMilli(e.getCreatedAt()), Instant.ofEpochMilli(e.getUpdatedAt()));
    }
}
