/** Ports the hosts implement: who the users are and what role they have. */
package com.weeklyreview.core.spi;
