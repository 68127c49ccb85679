package com.holdspace.portal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.holdspace.client.ClientService;
import com.holdspace.staff.HoldspaceUser;

/**
 * Clients only (see SecurityConfig): the client's own page. The record shown comes from the
 * signed-in account, never from the URL, so no client can ask for anyone else's.
 */
@Controller
class MyDetailsController {

	private final ClientService clientService;

	MyDetailsController(ClientService clientService) {
		this.clientService = clientService;
	}

	@GetMapping("/me")
	String myDetails(@AuthenticationPrincipal HoldspaceUser me, Model model) {
		model.addAttribute("client", this.clientService.get(me.getClientId()));
		return "portal/me";
	}

}
