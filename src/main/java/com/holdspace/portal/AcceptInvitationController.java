package com.holdspace.portal;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.holdspace.security.PasswordSignIn;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The link in an invitation email, for anyone holding it (SecurityConfig): the secret in the link is
 * the key. It sets the client's password once and signs them in with it, straight to their page; a
 * used, revoked or expired link says so and nothing else.
 */
@Controller
class AcceptInvitationController {

	private final Invitations invitations;

	private final PasswordSignIn signIn;

	AcceptInvitationController(Invitations invitations, PasswordSignIn signIn) {
		this.invitations = invitations;
		this.signIn = signIn;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		binder.setAllowedFields("password", "repeat");
	}

	@GetMapping("/invitations/{token}")
	String show(@PathVariable String token, Model model, HttpServletResponse response) {
		return this.invitations.open(token).map(invitation -> {
			model.addAttribute("email", invitation.getEmail());
			model.addAttribute("token", token);
			model.addAttribute("form", new AcceptInvitationForm());
			return "portal/accept";
		}).orElseGet(() -> closed(response));
	}

	@PostMapping("/invitations/{token}")
	String accept(@PathVariable String token, @Validated @ModelAttribute("form") AcceptInvitationForm form,
			BindingResult result, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		var invitation = this.invitations.open(token);
		if (invitation.isEmpty()) {
			return closed(response);
		}
		if (!result.hasFieldErrors("password") && !form.getPassword().equals(form.getRepeat())) {
			result.rejectValue("repeat", "portal.accept.error.repeat");
		}
		if (result.hasErrors()) {
			model.addAttribute("email", invitation.get().getEmail());
			model.addAttribute("token", token);
			return "portal/accept";
		}
		try {
			this.invitations.accept(token, form.getPassword());
		}
		catch (Invitations.InvitationClosedException usedMeanwhile) {
			return closed(response);
		}
		// the password was typed a moment ago: asking for it again at the sign-in page would add nothing
		this.signIn.signInClient(invitation.get().getEmail(), form.getPassword(), request, response);
		redirect.addFlashAttribute("notice", "portal.accept.notice.signedIn");
		return "redirect:/me";
	}

	private static String closed(HttpServletResponse response) {
		response.setStatus(HttpStatus.GONE.value());
		return "portal/invitation-closed";
	}

}
