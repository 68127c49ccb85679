package com.holdspace.consent;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
import org.springframework.web.bind.annotation.RequestMapping;

import com.holdspace.audit.AuditAction;
import com.holdspace.audit.Audited;
import com.holdspace.client.ClientService;
import com.holdspace.staff.HoldspaceUser;
import com.holdspace.shared.KioskMode;

import jakarta.servlet.http.HttpSession;

/**
 * Therapists and admin only (see SecurityConfig): the client reads and signs on the tablet, which
 * stays locked to these pages until the therapist unlocks it. The therapist signed in is the witness.
 */
@Controller
@RequestMapping("/clients/{clientId}/consent/{kind}/sign")
class ConsentSigningController {

	private final ConsentService consentService;

	private final ClientService clientService;

	ConsentSigningController(ConsentService consentService, ClientService clientService) {
		this.consentService = consentService;
		this.clientService = clientService;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@PostMapping("/start")
	String start(@PathVariable long clientId, @PathVariable ConsentKind kind, HttpSession session) {
		this.clientService.get(clientId);
		String base = "/clients/" + clientId + "/consent/" + kind + "/sign";
		KioskMode.lock(session, base, "/clients/" + clientId + "/consent");
		return "redirect:" + base;
	}

	@Audited(AuditAction.VIEW)
	@GetMapping
	String form(@PathVariable long clientId, @PathVariable ConsentKind kind, Model model) {
		var form = new SignConsentForm();
		var document = this.consentService.current(kind);
		form.setDocumentVersionId(document.getId());
		return show(clientId, kind, form, model);
	}

	@Audited(AuditAction.SIGN)
	@PostMapping
	String sign(@PathVariable long clientId, @PathVariable ConsentKind kind,
			@Validated @ModelAttribute("form") SignConsentForm form, BindingResult result,
			@AuthenticationPrincipal HoldspaceUser me, Model model) {
		var strokes = SignatureStrokes.parse(form.getSignature());
		if (strokes.isEmpty()) {
			result.rejectValue("signature", "consent.error.signature");
		}
		if (kind == ConsentKind.PROVIDER_COMMUNICATION) {
			checkProviderTerms(form, result);
		}
		if (result.hasErrors()) {
			return show(clientId, kind, form, model);
		}
		try {
			this.consentService.sign(clientId, kind, form.getDocumentVersionId(), form.getSignerName(),
					strokes.get().toJson(), form.providerTerms(), form.getSigningToken(), me.getAccountId(),
					me.getDisplayName());
		}
		catch (StaleTextException textChanged) {
			form.setAgreed(false);
			form.setSignature(null);
			result.reject("consent.error.textChanged");
			return show(clientId, kind, form, model);
		}
		catch (DataIntegrityViolationException doubleTap) {
			// the same signature arrived twice at once; the first one was saved
			this.consentService.signedWith(clientId, form.getSigningToken()).orElseThrow(() -> doubleTap);
		}
		return "redirect:/clients/" + clientId + "/consent/" + kind + "/sign/done";
	}

	@GetMapping("/done")
	String done(Model model) {
		model.addAttribute("handBackMessage", "consent.signed.body");
		return "kiosk/hand-back";
	}

	private void checkProviderTerms(SignConsentForm form, BindingResult result) {
		if (form.getProviderName() == null) {
			result.rejectValue("providerName", "validation.required");
		}
		if (form.getProviderContact() == null) {
			result.rejectValue("providerContact", "validation.required");
		}
		if (form.getSharedScope() == null) {
			result.rejectValue("sharedScope", "consent.error.scope");
		}
		if (result.hasFieldErrors("expiresOn")) {
			return;
		}
		if (form.getExpiresOn() == null) {
			result.rejectValue("expiresOn", "consent.error.expiry");
		}
		else if (!form.getExpiresOn().isAfter(this.consentService.today())) {
			result.rejectValue("expiresOn", "consent.error.expiryPast");
		}
	}

	private String show(long clientId, ConsentKind kind, SignConsentForm form, Model model) {
		var document = this.consentService.current(kind);
		form.setDocumentVersionId(document.getId());
		if (form.getSigningToken() == null) {
			form.setSigningToken(java.util.UUID.randomUUID());
		}
		model.addAttribute("client", this.clientService.get(clientId));
		model.addAttribute("kind", kind);
		model.addAttribute("document", document);
		model.addAttribute("form", form);
		return "consent/sign";
	}

}
