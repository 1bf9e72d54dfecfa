package com.weeklyreview.store.internal;

import com.weeklyreview.store.api.AoSession;
import com.weeklyreview.core.crm.CollectionRecord;
import com.weeklyreview.core.spi.CollectionRepository;
import com.weeklyreview.store.entity.CollectionEntity;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;

/** Collections in Active Objects ({@code WSR_COLLECTION}). */
public final class AoCollectionRepository extends AoRecordRepository<CollectionRecord, CollectionEntity>
        implements CollectionRepository {

    /** Creates the repository over an entity manager. */
    public AoCollectionRepository(AoSession em) {
        super(em, CollectionEntity.class);
    }

    @Override
    String key(CollectionRecord c) {
        return c.externalId();
    }

    @Override
    String keyOf(CollectionEntity e) {
        return e.getExternalId();
    }

    @Override
    Map<String, Object> columns(CollectionRecord c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(EXTERNAL_ID, c.externalId());
        m.put("OWNER", c.owner());
        m.put("CUSTOMER", c.customer());
        m.put("PLANNED_FEN", Columns.fen(c.planned()));
        m.put("DUE_DATE", Columns.date(c.dueDate()));
        m.put("ACTUAL_FEN", Columns.fen(c.actual()));
        m.put("PAID_DATE", Columns.date(c.paidDate()));
        m.put("REASON", Columns.text(c.reason()));
        m.put("CONTROLLABLE", c.controllable());
        return m;
    }

    @Override
    void apply(CollectionEntity e, CollectionRecord c) {
        e.setOwner(c.owner());
        e.setCustomer(c.customer());
        e.setPlannedFen(Columns.fen(c.planned()));
        e.setDueDate(Columns.date(c.dueDate()));
        e.setActualFen(Columns.fen(c.actual()));
        e.setPaidDate(Columns.date(c.paidDate()));
        e.setReason(Columns.text(c.reason()));
        e.setControllable(c.controllable());
    }

    @Override
    CollectionRecord toDomain(CollectionEntity e) {
        return new CollectionRecord(e.getExternalId(), e.getOwner(), e.getCustomer(), Columns.yuan(e.getPlannedFen()),
                Columns.date(e.getDueDate()), Columns.yuan(e.getActualFen()), Columns.date(e.getPaidDate()),
                e.getReason(), e.getControllable());
    }

    @Override
    public List<CollectionRecord> byOwnerDue(String owner, LocalDate from, LocalDate to) {
        return list(Query.select().where("OWNER = ? AND DUE_DATE >= ? AND DUE_DATE <= ?", owner, from.toString(),
                to.toString()).order("DUE_DATE, " + EXTERNAL_ID));
    }
}
