package com.holdspace.aftercare;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.holdspace.shared.Refused;
import com.holdspace.shared.StaleEditException;

/** Admin only (SecurityConfig): the aftercare catalogue therapists build plans from. */
@Controller
@RequestMapping("/admin/aftercare")
class AftercareCatalogueController {

	private final AftercareCatalogue catalogue;

	AftercareCatalogueController(AftercareCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
		binder.setAllowedFields("creationToken", "version", "title", "guidance", "sortOrder");
	}

	@GetMapping
	String list(Model model) {
		return listPage(AftercareCatalogue.blankForm(), model);
	}

	@PostMapping
	String add(@Validated @ModelAttribute("form") AftercareItemForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return listPage(form, model);
		}
		try {
			this.catalogue.add(form);
		}
		catch (Refused refused) {
			refused.addTo(result);
			return listPage(form, model);
		}
		redirect.addFlashAttribute("notice", "aftercare.notice.added");
		return "redirect:/admin/aftercare";
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		return itemPage(id, AftercareItemForm.of(this.catalogue.get(id)), model);
	}

	@PostMapping("/{id}")
	String save(@PathVariable long id, @Validated @ModelAttribute("form") AftercareItemForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return itemPage(id, form, model);
		}
		try {
			this.catalogue.change(id, form);
		}
		catch (Refused refused) {
			refused.addTo(result);
			if (refused instanceof StaleEditException) {
				// what was typed stays, against the version now saved, so a second save goes through
				form.setVersion(this.catalogue.get(id).getVersion());
			}
			return itemPage(id, form, model);
		}
		redirect.addFlashAttribute("notice", "aftercare.notice.itemSaved");
		return "redirect:/admin/aftercare";
	}

	@PostMapping("/{id}/active")
	String active(@PathVariable long id, @RequestParam boolean active, @RequestParam int version,
			RedirectAttributes redirect) {
		try {
			this.catalogue.setActive(id, version, active);
			redirect.addFlashAttribute("notice", active ? "aftercare.notice.active" : "aftercare.notice.inactive");
		}
		catch (Refused refused) {
			redirect.addFlashAttribute("problem", refused.code());
		}
		return "redirect:/admin/aftercare";
	}

	private String listPage(AftercareItemForm form, Model model) {
		model.addAttribute("items", this.catalogue.all());
		model.addAttribute("form", form);
		return "aftercare/catalogue";
	}

	private String itemPage(long id, AftercareItemForm form, Model model) {
		model.addAttribute("item", this.catalogue.get(id));
		model.addAttribute("form", form);
		return "aftercare/item";
	}

}
