/** The host-free domain of Weekly Sales Review: nothing here imports a framework, host, JSON, ORM or template class. */
package com.weeklyreview.core;
