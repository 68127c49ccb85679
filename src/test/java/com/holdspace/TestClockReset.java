package com.holdspace;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/** Puts the shared test clock back on the real time after every test, whatever the test did. */
public class TestClockReset implements TestExecutionListener {

	@Override
	public void afterTestMethod(TestContext testContext) {
		if (testContext.hasApplicationContext()) {
			testContext.getApplicationContext().getBeanProvider(TestClock.class).ifAvailable(TestClock::reset);
		}
	}

}
