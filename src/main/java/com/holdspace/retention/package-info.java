/**
 * Records that leave and last: how long a client's records are kept, the monthly review that lists
 * those whose time has passed, legal holds that keep a record whatever its age, and the disposal an
 * admin confirms, which PostgreSQL carries out (dispose_client, V62) and leaves a tombstone of.
 */
@ApplicationModule(displayName = "Retention",
		allowedDependencies = { "audit::api", "client::api", "clinic::api", "shared", "staff::api" })
package com.holdspace.retention;

import org.springframework.modulith.ApplicationModule;
