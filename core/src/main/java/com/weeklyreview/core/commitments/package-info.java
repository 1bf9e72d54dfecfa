/** Customer commitments (promised dates and amounts) in an append-only, tamper-evident hash chain. */
package com.weeklyreview.core.commitments;
