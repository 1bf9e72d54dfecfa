package com.weeklyreview.store.internal;

import com.weeklyreview.core.crm.Deal;
import com.weeklyreview.core.crm.DealStage;
import com.weeklyreview.core.forecast.SignedSale;
import com.weeklyreview.core.spi.DealRepository;
import com.weeklyreview.store.api.AoSession;
import com.weeklyreview.store.api.StoreException;
import com.weeklyreview.store.entity.DealEntity;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import net.java.ao.Query;

/** Deals in Active Objects ({@code WSR_DEAL}). */
public final class AoDealRepository extends AoRecordRepository<Deal, DealEntity> implements DealRepository {

    /** Creates the repository over an entity manager. */
    public AoDealRepository(AoSession em) {
        super(em, CrmTables.DEALS);
    }

    @Override
    public List<Deal> byOwner(String owner) {
        return list(Query.select().where("OWNER = ?", owner).order(EXTERNAL_ID));
    }

    /**
     * Returns an owner's deals expected to close or signed between two days (inclusive): what one
     * week's figures read, without reading the rest of the owner's history.
     */
    @Override
    public List<Deal> byOwnerBetween(String owner, LocalDate from, LocalDate to) {
        String a = from.toString();
        String b = to.toString();
        return list(Query.select().where("OWNER = ? AND ((EXPECTED_CLOSE >= ? AND EXPECTED_CLOSE <= ?) "
                + "OR (SIGNED_DATE >= ? AND SIGNED_DATE <= ?))", owner, a, b, a, b).order(EXTERNAL_ID));
    }

    @Override
    public List<SignedSale> signedBetween(Collection<String> owners, LocalDate from, LocalDate to) {
        List<SignedSale> out = new ArrayList<>();
        if (owners.isEmpty()) {
            return out;
        }
        // Three columns streamed without building entities: a director's page reads every team's two years.
        List<Object> params = new ArrayList<>(List.of(DealStage.SIGNED.wireName(), from.toString(), to.toString()));
        params.addAll(owners);
        String where = "STAGE = ? AND SIGNED_DATE >= ? AND SIGNED_DATE <= ? AND OWNER IN ("
                + String.join(",", Collections.nCopies(owners.size(), "?")) + ")";
        try {
            // Where the host gives a connection: summed by owner and day in the database (a forecast sums
            // by week), so that a team's two years come back as a few thousand rows of three columns.
            if (em.jdbcRead((c, names) -> {
                try (java.sql.PreparedStatement select = c.prepareStatement("SELECT " + names.column("OWNER") + ", "
                        + names.column("SIGNED_DATE") + ", SUM(" + names.column("AMOUNT_FEN") + ") FROM "
                        + names.table("WSR_DEAL") + " WHERE " + names.column("STAGE") + " = ? AND "
                        + names.column("SIGNED_DATE") + " >= ? AND " + names.column("SIGNED_DATE") + " <= ? AND "
                        + names.column("OWNER") + " IN (" + String.join(",", Collections.nCopies(owners.size(), "?"))
                        + ") GROUP BY " + names.column("OWNER") + ", " + names.column("SIGNED_DATE"))) {
                    for (int i = 0; i < params.size(); i++) {
                        select.setString(i + 1, (String) params.get(i));
                    }
                    try (java.sql.ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            out.add(new SignedSale(rs.getString(1), LocalDate.parse(rs.getString(2)), Columns.yuan(rs.getLong(3))));
                        }
                    }
                }
                return Boolean.TRUE;
            }).isPresent()) {
                return out;
            }
            em.stream(DealEntity.class, Query.select("ID, OWNER, SIGNED_DATE, AMOUNT_FEN").where(where, params.toArray()),
                    e -> out.add(new SignedSale(e.getOwner(), LocalDate.parse(e.getSignedDate()), Columns.yuan(e.getAmountFen()))));
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read signed deals", e);
        }
    }
}
