package com.weeklyreview.store.internal;

import com.weeklyreview.store.api.AoSession;
import com.weeklyreview.core.crm.CollectionRecord;
import com.weeklyreview.core.spi.CollectionRepository;
import com.weeklyreview.store.entity.CollectionEntity;
import java.time.LocalDate;
import java.util.List;
import net.java.ao.Query;

/** Collections in Active Objects ({@code WSR_COLLECTION}). */
public final class AoCollectionRepository extends AoRecordRepository<CollectionRecord, CollectionEntity>
        implements CollectionRepository {

    /** Creates the repository over an entity manager. */
    public AoCollectionRepository(AoSession em) {
        super(em, CrmTables.COLLECTIONS);
    }

    @Override
    public List<CollectionRecord> byOwnerDue(String owner, LocalDate from, LocalDate to) {
        return list(Query.select().where("OWNER = ? AND DUE_DATE >= ? AND DUE_DATE <= ?", owner, from.toString(),
                to.toString()).order("DUE_DATE, " + EXTERNAL_ID));
    }
}
