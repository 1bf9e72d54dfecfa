/** Who is calling: HTTP Basic against the product's user store, or the host's session; and what their role allows. */
package com.weeklyreview.rest.auth;
