/** Persistence with Active Objects ({@code net.java.ao}) on H2 or PostgreSQL; not written yet (store issue). */
package com.weeklyreview.store;
