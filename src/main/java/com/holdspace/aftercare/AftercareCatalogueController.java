package com.holdspace.aftercare;

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

import com.holdspace.shared.AdminPage;

/** Admin only (SecurityConfig): the aftercare catalogue therapists build plans from. */
@Controller
@RequestMapping("/admin/aftercare")
class AftercareCatalogueController {

	private static final AdminPage PAGE = new AdminPage("Aftercare item", "/admin/aftercare");

	private final AftercareCatalogue catalogue;

	AftercareCatalogueController(AftercareCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		AdminPage.trim(binder);
		binder.setAllowedFields("creationToken", "version", "title", "guidance", "sortOrder");
	}

	@GetMapping
	String list(Model model) {
		return listPage(new AftercareItemForm(), model);
	}

	@PostMapping
	String add(@Validated @ModelAttribute("form") AftercareItemForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return PAGE.add(result, redirect, "aftercare.notice.added", () -> this.catalogue.add(form),
				() -> listPage(form, model));
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		return itemPage(id, AftercareItemForm.of(this.catalogue.get(id)), model);
	}

	@PostMapping("/{id}")
	String save(@PathVariable long id, @Validated @ModelAttribute("form") AftercareItemForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return PAGE.change(form, result, redirect, "aftercare.notice.itemSaved",
				version -> this.catalogue.change(id, version, form), () -> this.catalogue.get(id).getVersion(),
				() -> itemPage(id, form, model));
	}

	@PostMapping("/{id}/active")
	String active(@PathVariable long id, @RequestParam boolean active, @RequestParam int version,
			RedirectAttributes redirect) {
		return PAGE.setActive(active, redirect, "aftercare.notice", () -> this.catalogue.setActive(id, version, active),
				"/admin/aftercare");
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
