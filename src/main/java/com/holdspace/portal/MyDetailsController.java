package com.holdspace.portal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.holdspace.aftercare.AftercareService;
import com.holdspace.audit.AuditAction;
import com.holdspace.audit.Audited;
import com.holdspace.booking.BookingViews;
import com.holdspace.booking.BookingView;
import com.holdspace.client.ClientService;
import com.holdspace.consent.ConsentPdf;
import com.holdspace.consent.ConsentKind;
import com.holdspace.consent.ConsentService;
import com.holdspace.consent.ConsentStatus;
import com.holdspace.intake.IntakeService;
import com.holdspace.staff.HoldspaceUser;
import com.holdspace.shared.ClinicTime;

/**
 * Clients only (see SecurityConfig): the client's own page. The record shown comes from the
 * signed-in account, never from the URL, so no client can ask for anyone else's.
 */
@Controller
class MyDetailsController {

	private final ClientService clientService;

	private final ConsentService consentService;

	private final ConsentPdf consentPdf;

	private final BookingViews bookingService;

	private final ClinicTime clinicTime;

	private final AftercareService aftercare;

	private final IntakeService intakeService;

	MyDetailsController(ClientService clientService, ConsentService consentService, ConsentPdf consentPdf,
			BookingViews bookingService, ClinicTime clinicTime, AftercareService aftercare,
			IntakeService intakeService) {
		this.aftercare = aftercare;
		this.intakeService = intakeService;
		this.clientService = clientService;
		this.consentService = consentService;
		this.consentPdf = consentPdf;
		this.bookingService = bookingService;
		this.clinicTime = clinicTime;
	}

	@Audited(value = AuditAction.VIEW, client = "")
	@GetMapping("/me")
	String myDetails(@AuthenticationPrincipal HoldspaceUser me, Model model) {
		model.addAttribute("client", this.clientService.get(me.getClientId()));
		model.addAttribute("consents", this.consentService.signedBy(me.getClientId()));
		model.addAttribute("sessions", comingSessions(me.getClientId()));
		model.addAttribute("plans", this.aftercare.handedOverTo(me.getClientId()));
		model.addAttribute("intakeToDo", this.intakeService.clientsOwnOutstanding(me.getClientId()));
		model.addAttribute("consentToDo", consentToSign(me.getClientId()));
		return "portal/me";
	}

	/**
	 * The treatment consent's state when the client is asked to sign it (never signed, a newer text,
	 * run out); null while the one they signed holds. A withdrawal is never answered with a nudge to
	 * sign again: consent given again is the client's own move, on the consent page.
	 */
	private ConsentStatus.State consentToSign(long clientId) {
		var state = this.consentService.status(clientId, ConsentKind.TREATMENT).state();
		return (state == ConsentStatus.State.SIGNED || state == ConsentStatus.State.WITHDRAWN) ? null : state;
	}

	/** The client's own sessions still to come, soonest first; cancelled ones are left out. */
	private List<BookingView> comingSessions(long clientId) {
		Instant now = this.clinicTime.clock().instant();
		return this.bookingService.forClient(clientId)
			.stream()
			.filter(session -> session.isOpen() && session.endsAt().isAfter(now))
			.sorted(Comparator.comparing(BookingView::startsAt))
			.toList();
	}

	/** The client's own signed consent; another client's id is simply not found. */
	@Audited(value = AuditAction.EXPORT, client = "")
	@GetMapping("/me/consents/{consentId}/pdf")
	ResponseEntity<byte[]> myConsent(@AuthenticationPrincipal HoldspaceUser me, @PathVariable long consentId) {
		var client = this.clientService.get(me.getClientId());
		byte[] document = this.consentPdf.forClient(client.id(), consentId, client.legalName());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("my-consent-" + consentId + ".pdf").build().toString())
			.body(document);
	}

}
