package com.holdspace;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A page that fails inside, to prove the 500 page gives nothing away. It lives in the test tree,
 * so only test contexts (which scan it) have it.
 */
@RestController
public class FailingPageController {

	public static final String PATH = "/clients/test-only-failure";

	public static final String SECRET = "select legal_name from client -- internal detail";

	@GetMapping(PATH)
	String fail() {
		throw new IllegalStateException(SECRET);
	}

}
