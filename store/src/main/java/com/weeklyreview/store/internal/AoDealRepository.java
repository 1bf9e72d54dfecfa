package com.weeklyreview.store.internal;

import com.weeklyreview.store.AoSession;
import com.weeklyreview.core.crm.Deal;
import com.weeklyreview.core.crm.DealStage;
import com.weeklyreview.core.report.Channel;
import com.weeklyreview.core.spi.DealRepository;
import com.weeklyreview.store.entity.DealEntity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;

/** Deals in Active Objects ({@code WSR_DEAL}). */
public final class AoDealRepository extends AoRecordRepository<Deal, DealEntity> implements DealRepository {

    /** Creates the repository over an entity manager. */
    public AoDealRepository(AoSession em) {
        super(em, DealEntity.class);
    }

    @Override
    String key(Deal d) {
        return d.externalId();
    }

    @Override
    String keyOf(DealEntity e) {
        return e.getExternalId();
    }

    @Override
    Map<String, Object> columns(Deal d) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put(EXTERNAL_ID, d.externalId());
        c.put("OWNER", d.owner());
        c.put("CUSTOMER", d.customer());
        c.put("STAGE", d.stage().wireName());
        c.put("AMOUNT_FEN", Columns.fen(d.amount()));
        c.put("EXPECTED_CLOSE", Columns.date(d.expectedClose()));
        c.put("PROMISED_SIGN", Columns.date(d.promisedSignDate()));
        c.put("SIGNED_DATE", Columns.date(d.signedDate()));
        c.put("CHANNEL", d.channel() == null ? null : d.channel().wireName());
        c.put("INDUSTRY", Columns.text(d.industry()));
        c.put("LOST_REASON", Columns.text(d.lostReason()));
        return c;
    }

    @Override
    void apply(DealEntity e, Deal d) {
        e.setOwner(d.owner());
        e.setCustomer(d.customer());
        e.setStage(d.stage().wireName());
        e.setAmountFen(Columns.fen(d.amount()));
        e.setExpectedClose(Columns.date(d.expectedClose()));
        e.setPromisedSign(Columns.date(d.promisedSignDate()));
        e.setSignedDate(Columns.date(d.signedDate()));
        e.setChannel(d.channel() == null ? null : d.channel().wireName());
        e.setIndustry(Columns.text(d.industry()));
        e.setLostReason(Columns.text(d.lostReason()));
    }

    @Override
    Deal toDomain(DealEntity e) {
        return new Deal(e.getExternalId(), e.getOwner(), e.getCustomer(),
                DealStage.fromWire(e.getStage()).orElseThrow(), Columns.yuan(e.getAmountFen()),
                Columns.date(e.getExpectedClose()), Columns.date(e.getPromisedSign()), Columns.date(e.getSignedDate()),
                e.getChannel() == null ? null : Channel.fromWire(e.getChannel()).orElse(Channel.OTHER),
                e.getIndustry(), e.getLostReason());
    }

    @Override
    public List<Deal> byOwner(String owner) {
        return list(Query.select().where("OWNER = ?", owner).order(EXTERNAL_ID));
    }
}
