package com.weeklyreview.core.kpi;

import com.weeklyreview.core.report.Channel;
import com.weeklyreview.core.report.NewCustomer;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * New customers: count, quality tiers, channel mix, conversion per tier and average first-deal
 * cycle.
 *
 * @param count            how many new customers
 * @param tiers            how many per tier (every tier present, zero when none)
 * @param channels         how many per channel (only channels that occur)
 * @param convertedByTier  how many per tier signed a first deal
 * @param avgFirstDealDays average first-deal cycle in days over customers that report one
 */
public record NewCustomerKpi(int count, Map<Tier, Integer> tiers, Map<Channel, Integer> channels,
                             Map<Tier, Integer> convertedByTier, Optional<BigDecimal> avgFirstDealDays) {

    /** Computes the KPI from the new customers of a report. */
    public static NewCustomerKpi of(List<NewCustomer> customers) {
        Map<Tier, Integer> tiers = new EnumMap<>(Tier.class);
        Map<Tier, Integer> converted = new EnumMap<>(Tier.class);
        for (Tier t : Tier.values()) {
            tiers.put(t, 0);
            converted.put(t, 0);
        }
        Map<Channel, Integer> channels = new EnumMap<>(Channel.class);
        long daysTotal = 0;
        int withDays = 0;
        for (NewCustomer c : customers) {
            Tier tier = Tier.of(c.budget());
            tiers.merge(tier, 1, Integer::sum);
            if (c.converted()) {
                converted.merge(tier, 1, Integer::sum);
            }
            channels.merge(c.channel(), 1, Integer::sum);
            if (c.firstDealDays() != null) {
                daysTotal += c.firstDealDays();
                withDays++;
            }
        }
        Optional<BigDecimal> avg = Percentages.ratio(daysTotal, withDays).map(Percentages::one);
        return new NewCustomerKpi(customers.size(), Map.copyOf(tiers), Map.copyOf(channels), Map.copyOf(converted), avg);
    }

    /** Returns each occurring channel's share of new customers in percent, one decimal, in channel order. */
    public Map<Channel, BigDecimal> channelsPct() {
        Map<Channel, BigDecimal> result = new EnumMap<>(Channel.class);
        channels.forEach((channel, n) -> result.put(channel,
                Percentages.pct(Percentages.ratio(n, count).orElseThrow())));
        return result;
    }

    /** Returns each tier's conversion rate in percent, one decimal, for tiers with customers. */
    public Map<Tier, BigDecimal> tierConversionPct() {
        Map<Tier, BigDecimal> result = new EnumMap<>(Tier.class);
        tiers.forEach((tier, n) -> Percentages.ratio(convertedByTier.get(tier), n)
                .ifPresent(r -> result.put(tier, Percentages.pct(r))));
        return result;
    }
}
