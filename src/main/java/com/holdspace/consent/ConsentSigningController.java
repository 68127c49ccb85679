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

	private final ConsentSigning signing;

	private final ClientService clientService;

	ConsentSigningController(ConsentService consentService, ConsentSigning signing, ClientService clientService) {
		this.consentService = consentService;
		this.signing = signing;
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
		return show(clientId, kind, new SignConsentForm(), model);
	}

	@Audited(AuditAction.SIGN)
	@PostMapping
	String sign(@PathVariable long clientId, @PathVariable ConsentKind kind,
			@Validated @ModelAttribute("form") SignConsentForm form, BindingResult result,
			@AuthenticationPrincipal HoldspaceUser me, Model model) {
		var strokes = this.signing.check(kind, form, result);
		if (strokes.isEmpty()) {
			return show(clientId, kind, form, model);
		}
		try {
			this.consentService.sign(clientId, kind, form.getDocumentVersionId(), form.getSignerName(),
					strokes.get().toJson(), form.providerTerms(), form.getSigningToken(), me.getAccountId(),
					me.getDisplayName());
		}
		catch (StaleTextException textChanged) {
			ConsentSigning.startAgain(form, result);
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

	private String show(long clientId, ConsentKind kind, SignConsentForm form, Model model) {
		var document = this.signing.prepare(kind, form);
		model.addAttribute("client", this.clientService.get(clientId));
		model.addAttribute("kind", kind);
		model.addAttribute("document", document);
		model.addAttribute("form", form);
		return "consent/sign";
	}

}
