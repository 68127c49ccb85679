package com.holdspace.consent;

import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.holdspace.audit.AuditAction;
import com.holdspace.audit.Audited;
import com.holdspace.client.ClientService;
import com.holdspace.staff.HoldspaceUser;

/** Therapists and admin only (see SecurityConfig): a client's consents, verbal consent, withdrawal and PDFs. */
@Controller
@RequestMapping("/clients/{clientId}/consent")
class ConsentController {

	/** A withdrawal's reason is part of the consent record for good: a few sentences. */
	static final int WITHDRAWAL_REASON_MAX = 500;


	private final ConsentService consentService;

	private final ClientService clientService;

	private final ConsentPdf pdf;

	ConsentController(ConsentService consentService, ClientService clientService, ConsentPdf pdf) {
		this.consentService = consentService;
		this.clientService = clientService;
		this.pdf = pdf;
	}

	@Audited(AuditAction.VIEW)
	@GetMapping
	String overview(@PathVariable long clientId, Model model) {
		var records = this.consentService.records(clientId);
		model.addAttribute("client", this.clientService.get(clientId));
		model.addAttribute("statuses", this.consentService.statuses(clientId));
		model.addAttribute("records", records);
		model.addAttribute("withdrawals", this.consentService.withdrawalsOf(records));
		model.addAttribute("verbalToken", UUID.randomUUID());
		return "consent/client";
	}

	@Audited(AuditAction.SIGN)
	@PostMapping("/verbal")
	String verbal(@PathVariable long clientId, @RequestParam UUID token, @AuthenticationPrincipal HoldspaceUser me,
			RedirectAttributes redirect) {
		var client = this.clientService.get(clientId);
		this.consentService.recordVerbal(clientId, client.legalName(), token, me.getAccountId(),
				me.getDisplayName());
		redirect.addFlashAttribute("notice", "consent.notice.verbal");
		return "redirect:/clients/" + clientId + "/consent";
	}

	@Audited(AuditAction.VIEW)
	@GetMapping("/records/{consentId}")
	String record(@PathVariable long clientId, @PathVariable long consentId, Model model) {
		return showRecord(clientId, consentId, model);
	}

	private String showRecord(long clientId, long consentId, Model model) {
		var consent = this.consentService.record(clientId, consentId);
		model.addAttribute("client", this.clientService.get(clientId));
		model.addAttribute("consent", consent);
		model.addAttribute("signature", SignatureStrokes.parse(consent.getSignatureStrokes()).orElse(null));
		model.addAttribute("withdrawal", this.consentService.withdrawalsOf(java.util.List.of(consent)).get(consentId));
		return "consent/record";
	}

	@Audited(AuditAction.EDIT)
	@PostMapping("/records/{consentId}/withdraw")
	String withdraw(@PathVariable long clientId, @PathVariable long consentId,
			@RequestParam(defaultValue = "CLIENT") ConsentWithdrawal.WithdrawnBy withdrawnBy,
			@RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal HoldspaceUser me, Model model,
			RedirectAttributes redirect) {
		if (reason.isBlank() || reason.strip().length() > WITHDRAWAL_REASON_MAX) {
			// the message goes next to the reason, and the choice made and the words typed stay
			model.addAttribute("reasonProblem", reason.isBlank() ? "consent.error.reason" : "consent.error.reasonTooLong");
			model.addAttribute("reason", reason);
			model.addAttribute("withdrawnBy", withdrawnBy);
			return showRecord(clientId, consentId, model);
		}
		try {
			this.consentService.withdraw(clientId, consentId, withdrawnBy, reason, me.getAccountId(),
					me.getDisplayName());
			redirect.addFlashAttribute("notice", "consent.notice.withdrawn");
		}
		catch (AlreadyWithdrawnException already) {
			// a second tap, or a colleague was quicker: either way the consent no longer applies
			redirect.addFlashAttribute("notice", "consent.error.alreadyWithdrawn");
		}
		return "redirect:/clients/" + clientId + "/consent";
	}

	@Audited(AuditAction.EXPORT)
	@GetMapping("/records/{consentId}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long clientId, @PathVariable long consentId) {
		byte[] document = this.pdf.forClient(clientId, consentId, this.clientService.get(clientId).legalName());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("consent-" + consentId + ".pdf").build().toString())
			.body(document);
	}

}
