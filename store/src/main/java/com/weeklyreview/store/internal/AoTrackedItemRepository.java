package com.weeklyreview.store.internal;

import com.weeklyreview.store.api.AoSession;
import com.weeklyreview.store.api.ReadScope;
import com.weeklyreview.core.items.Cause;
import com.weeklyreview.core.items.ItemStatus;
import com.weeklyreview.core.items.ItemType;
import com.weeklyreview.core.items.NewItem;
import com.weeklyreview.core.items.TrackedItem;
import com.weeklyreview.core.spi.TrackedItemRepository;
import com.weeklyreview.core.spi.WriteConflict;
import com.weeklyreview.store.api.StoreException;
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
    /** Notes a change after each write (the store's memo: report pages show open items). */
    private final Runnable changed;

    /** Creates the repository over an entity manager. */
    public AoTrackedItemRepository(AoSession em) {
        this(em, () -> { });
    }

    /** Creates the repository over an entity manager, running {@code changed} after every write. */
    public AoTrackedItemRepository(AoSession em, Runnable changed) {
        this.em = em;
        this.changed = changed;
    }

    @Override
    public TrackedItem create(NewItem item, String createdBy, Instant at) {
        ReadScope.changed();
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
        } finally {
            changed.run();
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
        return write(id, java.util.OptionalLong.empty(), null, status, "system", at);
    }

    @Override
    public TrackedItem transition(long id, java.util.OptionalLong expected, ItemStatus from, ItemStatus to, String by,
                                  Instant at) {
        return write(id, expected, from, to, by, at);
    }

    @Override
    public List<com.weeklyreview.core.spi.Change> changes(long id) {
        return Changes.of(em, "item", id);
    }

    /**
     * Moves an item in one transaction: checks the caller's version and that the status is still
     * {@code from} (any when null), inserts the next version's change (the unique key refuses a
     * racing writer of the same version), saves. A racing writer's failure is a {@link WriteConflict}.
     */
    private TrackedItem write(long id, java.util.OptionalLong expected, ItemStatus from, ItemStatus to, String by,
                              Instant at) {
        ReadScope.changed();
        try {
            return em.inTransaction(() -> {
                TrackedItemEntity e = entity(id).orElseThrow(() -> new NoSuchElementException("item " + id));
                long version = Changes.version(e.getRowVersion());
                if (expected.isPresent() && expected.getAsLong() != version) {
                    throw new WriteConflict(WriteConflict.Reason.STALE, version, e.getStatus());
                }
                if (from != null && !from.wireName().equals(e.getStatus())) {
                    throw new WriteConflict(WriteConflict.Reason.CONCURRENT, version, e.getStatus());
                }
                Changes.record(em, "item", id, version + 1, "status", by, at, e.getStatus() + " -> " + to.wireName());
                e.setStatus(to.wireName());
                e.setUpdatedAt(at.toEpochMilli());
                e.setRowVersion(version + 1);
                e.save();
                return toDomain(e);
            });
        } catch (SQLException | RuntimeException ex) {
            if (ex instanceof WriteConflict || ex instanceof NoSuchElementException) {
                throw (RuntimeException) ex;
            }
            if (Changes.conflict(ex)) {
                TrackedItem now = get(id).orElseThrow(() -> new NoSuchElementException("item " + id));
                throw new WriteConflict(WriteConflict.Reason.CONCURRENT, now.version(), now.status().wireName());
            }
            throw new StoreException("cannot change item " + id, ex);
        } finally {
            ReadScope.changed();
            changed.run();
        }
    }

    /** What {@link #find(List, Optional)} keeps in a request's {@link ReadScope}. */
    private record Found(AoTrackedItemRepository repository, List<String> owners, Optional<ItemStatus> status) {
    }

    /** Lists items (unmodifiable); once a request for the same owners and status when the host opened a {@link ReadScope}. */
    @Override
    public List<TrackedItem> find(List<String> owners, Optional<ItemStatus> status) {
        return ReadScope.get(new Found(this, List.copyOf(owners), status), () -> List.copyOf(read(owners, status)));
    }

    private List<TrackedItem> read(List<String> owners, Optional<ItemStatus> status) {
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
                Instant.ofEpochMilli(e.getCreatedAt()), Instant.ofEpochMilli(e.getUpdatedAt()),
                Changes.version(e.getRowVersion()));
    }
}
