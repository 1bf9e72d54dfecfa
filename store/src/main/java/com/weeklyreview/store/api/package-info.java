/**
 * The store's public types that its implementation packages share with its callers: the Active
 * Objects session a host provides ({@link com.weeklyreview.store.api.AoSession}), the store's
 * failure ({@link com.weeklyreview.store.api.StoreException}) and the ports of store data that core
 * has no port for ({@link com.weeklyreview.store.api.WeekFacts}). It depends on no other package
 * of the store, so the store's packages form no cycle.
 */
package com.weeklyreview.store.api;
