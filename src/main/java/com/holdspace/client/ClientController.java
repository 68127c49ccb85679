package com.holdspace.client;

import java.util.List;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.security.core.Authentication;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.holdspace.audit.AuditAction;
import com.holdspace.audit.Audited;
import com.holdspace.shared.Refused;
import com.holdspace.shared.StaleEditException;
import com.holdspace.staff.StaffDirectory;

/** Staff only (admin, therapist, front desk; see SecurityConfig): finding, adding and editing clients. */
@Controller
@RequestMapping("/clients")
class ClientController {

	private static final String FORM = "clients/form";

	private final ClientService clientService;

	private final ClientFormValidator validator;

	private final StaffDirectory staffDirectory;

	private final ClientPage page;

	ClientController(ClientService clientService, ClientFormValidator validator, StaffDirectory staffDirectory,
			ClientPage page) {
		this.clientService = clientService;
		this.validator = validator;
		this.staffDirectory = staffDirectory;
		this.page = page;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
		binder.addValidators(this.validator);
	}

	@ModelAttribute("contactMethods")
	ContactMethod[] contactMethods() {
		return ContactMethod.values();
	}

	/** The list of clients, or a search of it: who looked, and for what, is written to the audit log. */
	@Audited(value = AuditAction.VIEW, client = "")
	@GetMapping
	String list(@RequestParam(name = "q", required = false) String query, Model model) {
		model.addAttribute("q", query);
		model.addAttribute("clients", this.clientService.search(query));
		model.addAttribute("searchLimit", ClientService.SEARCH_LIMIT);
		return "clients/list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		return showForm(new ClientForm(), model);
	}

	@Audited(value = AuditAction.EDIT, client = "")
	@PostMapping
	String create(@Validated @ModelAttribute("form") ClientForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.validator.checkPreferredTherapist(form, null, result);
		if (result.hasErrors()) {
			return showForm(form, model);
		}
		long client = this.clientService.create(form.getCreationToken(), form.toDetails());
		redirect.addFlashAttribute("notice", "client.notice.created");
		return "redirect:/clients/" + client;
	}

	@Audited(value = AuditAction.VIEW, client = "id", care = Audited.Care.NONE)
	@GetMapping("/{id}")
	String detail(@PathVariable long id, Authentication viewer, Model model) {
		ClientPage.View view = this.page.read(id, viewer);
		model.addAttribute("client", view.client());
		model.addAttribute("cards", view.cards());
		view.preferredTherapist().ifPresent(therapist -> model.addAttribute("preferredTherapist", therapist));
		return "clients/detail";
	}

	@Audited(value = AuditAction.VIEW, client = "id", care = Audited.Care.NONE)
	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		var client = this.clientService.find(id);
		model.addAttribute("clientId", id);
		return showForm(ClientForm.from(client), model);
	}

	@Audited(value = AuditAction.EDIT, client = "id", care = Audited.Care.NONE)
	@PostMapping("/{id}")
	String update(@PathVariable long id, @Validated @ModelAttribute("form") ClientForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("clientId", id);
		this.validator.checkPreferredTherapist(form, this.clientService.find(id).getPreferredTherapistId(), result);
		if (form.getVersion() == null) {
			result.reject("stale.client");
		}
		if (result.hasErrors()) {
			return showForm(form, model);
		}
		try {
			this.clientService.update(id, form.getVersion(), form.toDetails());
		}
		catch (Refused refused) {
			refused.addTo(result);
			if (refused instanceof StaleEditException) {
				// what was typed stays on screen against the version now saved, so saving again (once
				// they have looked) goes through instead of being refused for ever
				form.setVersion(this.clientService.find(id).getVersion());
				model.addAttribute("staleEdit", true);
			}
			return showForm(form, model);
		}
		redirect.addFlashAttribute("notice", "client.notice.saved");
		return "redirect:/clients/" + id;
	}

	private String showForm(ClientForm form, Model model) {
		form.padContactRows();
		model.addAttribute("form", form);
		var therapists = this.staffDirectory.activeTherapists();
		model.addAttribute("therapists", therapists);
		// a chosen therapist who has left stays on the list, marked, or saving would silently drop them
		Long chosen = form.getPreferredTherapistId();
		if (chosen != null && therapists.stream().noneMatch(therapist -> therapist.id() == chosen)) {
			this.staffDirectory.find(chosen).ifPresent(former -> model.addAttribute("formerTherapist", former));
		}
		return FORM;
	}

}
