/** Word segmentation for the feedback classifier: core's Tokenizer port over jieba. */
package com.weeklyreview.text;
