package com.holdspace.records;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.holdspace.audit.AuditAction;
import com.holdspace.audit.Audited;
import com.holdspace.client.ClientService;
import com.holdspace.shared.SignedInPerson;

/**
 * Admin and therapists (SecurityConfig): clients' requests for their whole record, with the day
 * each is due by and those overdue marked. Admin sees every request; a therapist those of the
 * clients in their care.
 */
@Controller
class RecordRequestsController {

	/** More open requests than this at once would be a clinic in trouble; the oldest due come first. */
	static final int SHOWN = 200;

	private final RecordRequests requests;

	private final ClientService clients;

	RecordRequestsController(RecordRequests requests, ClientService clients) {
		this.requests = requests;
		this.clients = clients;
	}

	@Audited(value = AuditAction.VIEW, client = "")
	@GetMapping("/record-requests")
	String requests(@AuthenticationPrincipal SignedInPerson me, Model model) {
		List<ExportView> requests = this.requests.seenBy(me, SHOWN);
		model.addAttribute("open", requests.stream().filter(ExportView::isOpenRequest).toList());
		model.addAttribute("released", requests.stream().filter(request -> !request.isOpenRequest()).toList());
		model.addAttribute("overdue", requests.stream().filter(ExportView::overdue).count());
		model.addAttribute("names", this.clients.calledNames(requests.stream().map(ExportView::clientId).toList()));
		return "records/requests";
	}

}
