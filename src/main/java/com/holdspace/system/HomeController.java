package com.holdspace.system;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Anyone signed in: sends each role to where its day starts. */
@Controller
class HomeController {

	@GetMapping("/")
	String home(Authentication authentication) {
		boolean client = authentication.getAuthorities()
			.stream()
			.anyMatch(authority -> ("ROLE_" + SecurityConfig.CLIENT).equals(authority.getAuthority()));
		return client ? "redirect:/me" : "redirect:/clients";
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

}
