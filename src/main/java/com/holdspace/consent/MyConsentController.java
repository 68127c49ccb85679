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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.holdspace.audit.AuditAction;
import com.holdspace.audit.Audited;
import com.holdspace.staff.HoldspaceUser;

/**
 * Clients only (see SecurityConfig): the client reads the current treatment consent at home and
 * signs it with a finger, as they would on the tablet but with no witness. The record is the
 * signed-in account's own, never one named in the URL.
 */
@Controller
@RequestMapping("/me/consent")
class MyConsentController {

	private static final ConsentKind KIND = ConsentKind.TREATMENT;

	private final ConsentService consentService;

	private final ConsentSigning signing;

	MyConsentController(ConsentService consentService, ConsentSigning signing) {
		this.consentService = consentService;
		this.signing = signing;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
		// provider terms are agreed with the therapist, never at home
		binder.setAllowedFields("documentVersionId", "signingToken", "agreed", "signerName", "signature");
	}

	@Audited(value = AuditAction.VIEW, client = "")
	@GetMapping
	String form(@AuthenticationPrincipal HoldspaceUser me, Model model) {
		return show(me.getClientId(), new SignConsentForm(), model);
	}

	@Audited(value = AuditAction.SIGN, client = "")
	@PostMapping
	String sign(@Validated @ModelAttribute("form") SignConsentForm form, BindingResult result,
			@AuthenticationPrincipal HoldspaceUser me, Model model, RedirectAttributes redirect) {
		long clientId = me.getClientId();
		var strokes = this.signing.check(KIND, form, result);
		if (strokes.isEmpty()) {
			return show(clientId, form, model);
		}
		try {
			this.consentService.signAtHome(clientId, KIND, form.getDocumentVersionId(), form.getSignerName(),
					strokes.get().toJson(), form.getSigningToken(), me.getAccountId(), me.getDisplayName());
		}
		catch (StaleTextException textChanged) {
			ConsentSigning.startAgain(form, result);
			return show(clientId, form, model);
		}
		catch (DataIntegrityViolationException doubleTap) {
			// the same signature arrived twice at once; the first one was saved
			this.consentService.signedWith(clientId, form.getSigningToken()).orElseThrow(() -> doubleTap);
		}
		redirect.addFlashAttribute("notice", "consent.home.notice.signed");
		return "redirect:/me/consent";
	}

	/** Signed and in date: when. Otherwise (never signed, a newer text, expired, withdrawn) the text to sign. */
	private String show(long clientId, SignConsentForm form, Model model) {
		var status = this.consentService.status(clientId, KIND);
		model.addAttribute("status", status);
		if (status.state() != ConsentStatus.State.SIGNED) {
			model.addAttribute("document", this.signing.prepare(KIND, form));
			model.addAttribute("form", form);
		}
		return "consent/home";
	}

}
