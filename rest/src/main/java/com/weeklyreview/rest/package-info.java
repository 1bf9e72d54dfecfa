/** The REST module (/rest/weekly-review/1.0): JAX-RS resources shared by every host, as API.md specifies. */
package com.weeklyreview.rest;
