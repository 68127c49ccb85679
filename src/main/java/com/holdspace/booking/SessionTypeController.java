package com.holdspace.booking;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.holdspace.shared.AdminPage;

/**
 * Admin only (see SecurityConfig, /admin/**): the kinds of session the front desk can book. A type
 * has more to it than a name, so it is added and changed on a page of its own, and retired there.
 */
@Controller
@RequestMapping("/admin/session-types")
class SessionTypeController {

	private static final AdminPage PAGE = new AdminPage("Session type", "/admin/session-types");

	private static final String FORM = "booking/session-type-form";

	private final ClinicResources resources;

	private final SessionTypeService types;

	SessionTypeController(ClinicResources resources, SessionTypeService types) {
		this.resources = resources;
		this.types = types;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		AdminPage.trim(binder);
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("types", this.resources.sessionTypes());
		return "booking/session-types";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("form", new SessionTypeForm());
		return FORM;
	}

	@PostMapping
	String create(@Validated @ModelAttribute("form") SessionTypeForm form, BindingResult result,
			RedirectAttributes redirect) {
		return PAGE.add(result, redirect, "sessionTypes.notice.created",
				() -> this.types.add(form.getCreationToken(), form.toDetails()), () -> FORM);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		model.addAttribute("typeId", id);
		model.addAttribute("form", SessionTypeForm.from(this.resources.sessionType(id)));
		return FORM;
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Validated @ModelAttribute("form") SessionTypeForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.resources.sessionType(id);
		model.addAttribute("typeId", id);
		return PAGE.change(form, result, redirect, "sessionTypes.notice.saved",
				version -> this.types.change(id, version, form.toDetails()),
				() -> this.resources.sessionType(id).getVersion(), () -> FORM);
	}

}
