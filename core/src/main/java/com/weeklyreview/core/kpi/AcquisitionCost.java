package com.weeklyreview.core.kpi;

import com.weeklyreview.core.report.Channel;
import com.weeklyreview.core.report.NewCustomer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Acquisition cost per new customer by channel: the week's spend on a channel over its new customers. */
public final class AcquisitionCost {

    private AcquisitionCost() {
    }

    /** Returns cost per new customer, in yuan to the fen, for channels with both spend and customers, in channel order. */
    public static Map<Channel, BigDecimal> perCustomer(Map<Channel, BigDecimal> spend, List<NewCustomer> customers) {
        Map<Channel, Integer> counts = new EnumMap<>(Channel.class);
        customers.forEach(c -> counts.merge(c.channel(), 1, Integer::sum));
        Map<Channel, BigDecimal> result = new EnumMap<>(Channel.class);
        spend.forEach((channel, cost) -> {
            Integer n = counts.get(channel);
            if (n != null && n > 0) {
                result.put(channel, cost.divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP));
            }
        });
        return result;
    }
}
