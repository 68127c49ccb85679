/**
 * The demo clinic and its printed logins for ./mvnw spring-boot:run.
 */
@ApplicationModule(displayName = "Demo data", allowedDependencies = { "client::api", "shared", "staff::api" })
package com.holdspace.demo;

import org.springframework.modulith.ApplicationModule;
