package com.holdspace.portal;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.holdspace.shared.Refused;
import com.holdspace.staff.HoldspaceUser;

/** Staff (SecurityConfig): inviting a client to the portal, sending it again, or revoking it. */
@Controller
class InvitationController {

	private final Invitations invitations;

	InvitationController(Invitations invitations) {
		this.invitations = invitations;
	}

	/** Sends the invitation; a second time, a new link replaces the first. */
	@PostMapping("/clients/{clientId}/invitation")
	String invite(@PathVariable long clientId, @AuthenticationPrincipal HoldspaceUser me, RedirectAttributes redirect) {
		try {
			this.invitations.invite(clientId, me);
			redirect.addFlashAttribute("notice", "portal.invite.notice.sent");
		}
		catch (Refused refused) {
			redirect.addFlashAttribute("problem", refused.code());
		}
		catch (DataIntegrityViolationException sentMeanwhile) {
			// a double tap: the first one sent the invitation
			redirect.addFlashAttribute("notice", "portal.invite.notice.sent");
		}
		return "redirect:/clients/" + clientId + "#portal";
	}

	@PostMapping("/clients/{clientId}/invitation/revoke")
	String revoke(@PathVariable long clientId, RedirectAttributes redirect) {
		this.invitations.revoke(clientId);
		redirect.addFlashAttribute("notice", "portal.invite.notice.revoked");
		return "redirect:/clients/" + clientId + "#portal";
	}

}
