package com.holdspace.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Admin only, like all of /admin (SecurityConfig): the history of one clinical record, newest
 * change first. Reading it is itself a line in the audit log.
 */
@Controller
class HistoryController {

	private final EntityHistory history;

	HistoryController(EntityHistory history) {
		this.history = history;
	}

	@Audited(value = AuditAction.VIEW, client = "")
	@GetMapping("/admin/history")
	String history(@RequestParam(required = false) RecordKind kind, @RequestParam(required = false) Long id,
			Model model) {
		model.addAttribute("kinds", RecordKind.values());
		model.addAttribute("kind", kind);
		model.addAttribute("id", id);
		if (kind != null && id != null) {
			var revisions = this.history.of(kind, id);
			revisions.stream()
				.map(EntityHistory.Revision::clientId)
				.filter(java.util.Objects::nonNull)
				.findFirst()
				.ifPresent(AuditLog::concerns);
			model.addAttribute("revisions", revisions);
		}
		return "audit/history";
	}

}
