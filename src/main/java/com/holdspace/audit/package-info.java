/**
 * The audit log: who opened or changed what, appended on the request and chained and sealed by a
 * job, and the admin's view of it.
 */
@ApplicationModule(displayName = "Audit", allowedDependencies = { "shared" })
package com.holdspace.audit;

import org.springframework.modulith.ApplicationModule;
