/** Host-neutral services shared by the REST resources and every host's macros: the facts a page shows. */
package com.weeklyreview.application.service;
