package com.holdspace.session;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import com.holdspace.audit.AuditAction;
import com.holdspace.audit.Audited;
import com.holdspace.staff.HoldspaceUser;

/** Therapists and admin only (SecurityConfig): every session of a client, newest first. */
@Controller
class SessionTimelineController {

	static final int PAGE_SIZE = 50;

	private final SessionTimeline timeline;

	SessionTimelineController(SessionTimeline timeline) {
		this.timeline = timeline;
	}

	@Audited(AuditAction.VIEW)
	@GetMapping("/clients/{clientId}/sessions")
	String sessions(@PathVariable long clientId, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal HoldspaceUser me, Model model) {
		SessionAccess.requireClinical(me);
		int shown = Math.max(0, page);
		var read = this.timeline.page(clientId, shown, PAGE_SIZE);
		var lines = read.lines();
		model.addAttribute("client", read.client());
		model.addAttribute("lines", lines);
		model.addAttribute("chart", SessionTimeline.chart(lines));
		model.addAttribute("page", shown);
		model.addAttribute("hasMore", lines.size() == PAGE_SIZE);
		return "session/timeline";
	}

}
