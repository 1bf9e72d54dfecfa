/** Data-quality findings and anomaly rules: a finding marks partial or inconsistent data and never fails an evaluation. */
package com.weeklyreview.core.rules;
