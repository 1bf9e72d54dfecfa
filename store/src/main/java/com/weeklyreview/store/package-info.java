/** Persistence with Active Objects ({@code net.java.ao}) on embedded H2 or PostgreSQL: repositories implementing core's ports. */
package com.weeklyreview.store;
