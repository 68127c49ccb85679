package com.holdspace.consent;

import java.util.Arrays;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.holdspace.staff.HoldspaceUser;

/** Admin only (see SecurityConfig): the consent texts and their versions. */
@Controller
@RequestMapping("/admin/consent")
class ConsentDocumentController {

	private final ConsentService consentService;

	ConsentDocumentController(ConsentService consentService) {
		this.consentService = consentService;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("documents", Arrays.stream(ConsentKind.values()).map(this.consentService::current).toList());
		return "consent/documents";
	}

	@GetMapping("/{kind}")
	String edit(@PathVariable ConsentKind kind, Model model) {
		var current = this.consentService.current(kind);
		var form = new ConsentTextForm();
		form.setTitle(current.getTitle());
		form.setBody(current.getBody());
		form.setVersion(current.getNumber());
		return show(kind, form, model);
	}

	@PostMapping("/{kind}")
	String revise(@PathVariable ConsentKind kind, @Validated @ModelAttribute("form") ConsentTextForm form,
			BindingResult result, @AuthenticationPrincipal HoldspaceUser me, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return show(kind, form, model);
		}
		try {
			var saved = this.consentService.revise(kind, form.getTitle().strip(), form.getBody().strip(),
					form.getVersion(), me.getAccountId());
			redirect.addFlashAttribute("notice",
					saved.getNumber() == form.getVersion() ? "consent.text.unchanged" : "consent.text.saved");
		}
		catch (StaleTextException stale) {
			result.reject("consent.text.stale");
			return show(kind, form, model);
		}
		return "redirect:/admin/consent/" + kind;
	}

	@GetMapping("/{kind}/versions/{number}")
	String version(@PathVariable ConsentKind kind, @PathVariable int number, Model model) {
		model.addAttribute("document", this.consentService.version(kind, number));
		return "consent/document-version";
	}

	private String show(ConsentKind kind, ConsentTextForm form, Model model) {
		model.addAttribute("kind", kind);
		model.addAttribute("form", form);
		model.addAttribute("history", this.consentService.history(kind));
		return "consent/document";
	}

}
