/**
 * What every module may use: the clinic's clock, field encryption, secret tokens, PDF rendering,
 * the person signed in, security events, rate limits, reference data kept in memory, drafts, and
 * the base entity with its exceptions. It depends on no feature module.
 */
@ApplicationModule(displayName = "Shared", type = ApplicationModule.Type.OPEN)
package com.holdspace.shared;

import org.springframework.modulith.ApplicationModule;
