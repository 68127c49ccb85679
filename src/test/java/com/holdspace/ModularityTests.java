package com.holdspace;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

	@Test
	void featurePackagesRespectTheirBoundaries() {
		ApplicationModules.of(HoldspaceApplication.class).verify();
	}

}
