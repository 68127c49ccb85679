package com.holdspace.waitlist;


import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import com.holdspace.shared.NotFoundException;
import com.holdspace.shared.SecretTokens;

/**
 * The link in a waitlist email, open without signing in: the token is the key (see SecurityConfig).
 * Opening it only shows the offer; the button posts, and only that books.
 */
@Controller
@RequestMapping("/offers")
class OfferController {

	private final OfferService offers;

	OfferController(OfferService offers) {
		this.offers = offers;
	}

	@GetMapping("/{token}")
	String show(@PathVariable String token, Model model) {
		model.addAttribute("offer", this.offers.page(checked(token)));
		model.addAttribute("token", token);
		return "waitlist/offer";
	}

	@PostMapping("/{token}")
	String book(@PathVariable String token) {
		this.offers.accept(checked(token));
		return "redirect:/offers/{token}";
	}

	private static String checked(String token) {
		if (!SecretTokens.looksValid(token)) {
			throw new NotFoundException("Offer", "link");
		}
		return token;
	}

}
