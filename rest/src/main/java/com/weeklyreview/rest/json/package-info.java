/** The wire form of API.md: {@code *Json} records mapped from core values, with money and percentages as JSON numbers. */
package com.weeklyreview.rest.json;
