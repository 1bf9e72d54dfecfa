/**
 * Active Objects entities. Tables are {@code WSR_*}, names at most 30 characters, no reserved
 * words, no BLOBs, so the entities move into Confluence/Jira unchanged. Money is stored as fen
 * ({@code Long}), dates as ISO text ({@code yyyy-MM-dd}), which sorts and compares as dates.
 */
package com.weeklyreview.store.entity;
