/**
 * Synthetic clinics at a scale, for the benchmark.
 */
@ApplicationModule(displayName = "Benchmark seed", allowedDependencies = { "shared", "staff::api" })
package com.holdspace.seed;

import org.springframework.modulith.ApplicationModule;
