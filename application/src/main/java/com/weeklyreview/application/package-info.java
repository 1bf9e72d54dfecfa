/**
 * The application layer between core/store and the adapters (the REST module, the embedded wiki,
 * Confluence/Jira): {@link com.weeklyreview.application.ApplicationServices}, built once per host,
 * hands out the use cases ({@code application.service}) and the page macros' view models
 * ({@code application.macro}); {@link com.weeklyreview.application.Permissions} says who may see and
 * change what. No servlet, JAX-RS, Velocity, Jackson or host type (see ApplicationArchitectureTest).
 */
package com.weeklyreview.application;
