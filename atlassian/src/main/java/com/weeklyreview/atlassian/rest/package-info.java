/** JAX-RS providers of the Atlassian {@code rest} module: the host's signed-in user, JSON and error bodies. */
package com.weeklyreview.atlassian.rest;
