package com.weeklyreview.rest.json;

/**
 * {@code GET /health}.
 *
 * @param status  always ok
 * @param version the plugin's version
 */
public record HealthJson(String status, String version) {
}
