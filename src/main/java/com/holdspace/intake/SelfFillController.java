package com.holdspace.intake;

import java.util.Map;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import com.holdspace.audit.AuditAction;
import com.holdspace.audit.Audited;
import com.holdspace.client.ClientService;
import com.holdspace.staff.HoldspaceUser;
import com.holdspace.shared.KioskMode;

import jakarta.servlet.http.HttpSession;

/**
 * Therapists and admin only (see SecurityConfig): hands the tablet to the client. The session is
 * locked to these pages until a therapist's password unlocks it, and the client sees only their
 * own questions, in plain words, never staff notes or flags.
 */
@Controller
@RequestMapping("/clients/{clientId}/intake/self-fill")
class SelfFillController {

	private final IntakeService intakeService;

	private final IntakePages pages;

	private final IntakeAutosave autosave;

	private final ClientService clientService;

	SelfFillController(IntakeService intakeService, IntakePages pages, IntakeAutosave autosave,
			ClientService clientService) {
		this.intakeService = intakeService;
		this.pages = pages;
		this.autosave = autosave;
		this.clientService = clientService;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@Audited(value = AuditAction.EDIT, care = Audited.Care.FIRST_INTAKE)
	@PostMapping("/start")
	String start(@PathVariable long clientId, @AuthenticationPrincipal HoldspaceUser me, HttpSession session) {
		this.clientService.get(clientId);
		this.intakeService.openSitting(clientId, IntakeFiller.TABLET, me.getAccountId(), me.getDisplayName());
		String base = "/clients/" + clientId + "/intake/self-fill";
		KioskMode.lock(session, base, "/clients/" + clientId + "/intake/edit");
		return "redirect:" + base;
	}

	@Audited(value = AuditAction.VIEW, care = Audited.Care.FIRST_INTAKE)
	@GetMapping
	String form(@PathVariable long clientId, Model model) {
		return this.pages.showForm(clientId, this.intakeService.workingCopy(clientId), IntakeFiller.TABLET, model);
	}

	@Audited(value = AuditAction.EDIT, care = Audited.Care.FIRST_INTAKE)
	@PostMapping("/draft")
	@ResponseBody
	ResponseEntity<Map<String, Object>> save(@PathVariable long clientId, @ModelAttribute("form") IntakeForm form,
			BindingResult unreadable, @RequestParam(required = false) Integer draftVersion, @RequestParam(defaultValue = "false") boolean overwrite,
			@AuthenticationPrincipal HoldspaceUser me) {
		return this.autosave.save(clientId, form, unreadable, draftVersion, overwrite, IntakeFiller.TABLET, me.getAccountId(),
				me.getDisplayName());
	}

	@Audited(value = AuditAction.EDIT, care = Audited.Care.FIRST_INTAKE)
	@PostMapping("/done")
	String done(@PathVariable long clientId, @ModelAttribute("form") IntakeForm form, BindingResult result,
			@RequestParam(required = false) Integer draftVersion, @AuthenticationPrincipal HoldspaceUser me,
			Model model) {
		if (result.hasFieldErrors()) {
			// a value the form does not offer: shown next to its field, nothing kept until it is fixed
			return this.pages.showForm(clientId, form, IntakeFiller.TABLET, model);
		}
		try {
			this.autosave.handBack(clientId, form, draftVersion, IntakeFiller.TABLET, me.getAccountId(),
					me.getDisplayName());
		}
		catch (StaleDraftException changedMeanwhile) {
			result.reject("intake.error.changedElsewhere.client");
			return this.pages.showForm(clientId, form, IntakeFiller.TABLET, model);
		}
		return "redirect:/clients/" + clientId + "/intake/self-fill/thanks";
	}

	@GetMapping("/thanks")
	String thanks(@PathVariable long clientId, Authentication signedIn, Model model) {
		model.addAttribute("handBackMessage", "intake.client.thanksBody");
		model.addAttribute("forgetKept", "holdspace.intake." + clientId + "." + signedIn.getName());
		return "kiosk/hand-back";
	}

}
