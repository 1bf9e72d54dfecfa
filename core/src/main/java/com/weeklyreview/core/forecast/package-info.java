/** Next week's sales forecast from weekly history, always with its backtested accuracy. */
package com.weeklyreview.core.forecast;
