package com.weeklyreview.core.feedback;

/**
 * How often a complaint occurred.
 *
 * @param label the complaint's label
 * @param count how many feedback items carry it
 */
public record LabelCount(String label, int count) {
}
