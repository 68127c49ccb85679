package com.holdspace.booking;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
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

import com.holdspace.shared.Refused;
import com.holdspace.shared.StaleEditException;

/** Admin only (see SecurityConfig, /admin/**): the kinds of session the front desk can book. */
@Controller
@RequestMapping("/admin/session-types")
class SessionTypeController {

	private static final String FORM = "booking/session-type-form";

	private final ClinicResources resources;

	private final SessionTypeService types;

	SessionTypeController(ClinicResources resources, SessionTypeService types) {
		this.resources = resources;
		this.types = types;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
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
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			this.types.add(form.getCreationToken(), form.toDetails());
		}
		catch (Refused refused) {
			refused.addTo(result);
			return FORM;
		}
		redirect.addFlashAttribute("notice", "sessionTypes.notice.created");
		return "redirect:/admin/session-types";
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
		if (form.getVersion() == null) {
			result.reject("stale.sessionType");
		}
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			this.types.change(id, form.getVersion(), form.toDetails());
		}
		catch (Refused refused) {
			refused.addTo(result);
			if (refused instanceof StaleEditException) {
				// what was typed stays on screen against the version now saved, so saving again (once
				// they have looked) goes through instead of being refused for ever
				form.setVersion(this.resources.sessionType(id).getVersion());
				model.addAttribute("staleEdit", true);
			}
			return FORM;
		}
		redirect.addFlashAttribute("notice", "sessionTypes.notice.saved");
		return "redirect:/admin/session-types";
	}

}
