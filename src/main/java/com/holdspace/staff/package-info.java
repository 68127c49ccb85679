/**
 * Accounts for staff and clients, roles, passwords, second factors and the admin's staff screens.
 */
@ApplicationModule(displayName = "Staff", allowedDependencies = { "audit::api", "shared", "site::api" })
package com.holdspace.staff;

import org.springframework.modulith.ApplicationModule;
