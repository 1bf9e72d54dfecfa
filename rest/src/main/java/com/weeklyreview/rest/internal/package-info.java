/** Implementation of the REST module: JSON binding with per-field errors, filters, exception mapping. Not API. */
package com.weeklyreview.rest.internal;
