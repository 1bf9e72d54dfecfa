/** What users see: labels in Chinese and English, locale formatting, and (with the wiki issue) SVG widgets and templates. */
package com.weeklyreview.widgets;
