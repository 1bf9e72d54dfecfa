/** Active Objects implementations of core's repository ports; entities are mapped to domain records here. */
package com.weeklyreview.store.internal;
