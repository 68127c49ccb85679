package com.holdspace.security;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Anyone signed in: sends each role to where its day starts. */
@Controller
class HomeController {

	@GetMapping("/")
	String home(Authentication authentication) {
		if (has(authentication, SecurityConfig.CLIENT)) {
			return "redirect:/me";
		}
		// the front desk and therapists start from the day's sessions; admin from the client list
		return has(authentication, SecurityConfig.ADMIN) ? "redirect:/clients" : "redirect:/calendar";
	}

	private static boolean has(Authentication authentication, String role) {
		return authentication.getAuthorities()
			.stream()
			.anyMatch(authority -> ("ROLE_" + role).equals(authority.getAuthority()));
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

}
