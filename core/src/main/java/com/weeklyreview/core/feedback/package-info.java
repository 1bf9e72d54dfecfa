/** Customer feedback sorted into product / service / price / other, with the most frequent complaints grouped. */
package com.weeklyreview.core.feedback;
