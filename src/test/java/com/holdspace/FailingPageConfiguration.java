package com.holdspace;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A page that fails inside, to prove the 500 page gives nothing away. Tests only. */
@TestConfiguration(proxyBeanMethods = false)
public class FailingPageConfiguration {

	public static final String PATH = "/clients/test-only-failure";

	public static final String SECRET = "select legal_name from client -- internal detail";

	@Bean
	FailingController failingController() {
		return new FailingController();
	}

	@RestController
	static class FailingController {

		@GetMapping(PATH)
		String fail() {
			throw new IllegalStateException(SECRET);
		}

	}

}
