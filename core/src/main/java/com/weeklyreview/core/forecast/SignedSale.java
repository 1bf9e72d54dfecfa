package com.weeklyreview.core.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One signed deal as the forecast reads it: who signed, when, how much.
 *
 * @param owner  the rep
 * @param signed the signing date
 * @param amount the amount in yuan
 */
public record SignedSale(String owner, LocalDate signed, BigDecimal amount) {
}
