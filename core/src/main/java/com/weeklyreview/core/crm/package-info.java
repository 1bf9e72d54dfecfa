/** CRM records imported from a CRM export: deals, customers, activities and collections, each keyed by external id. */
package com.weeklyreview.core.crm;
