package com.holdspace.site;

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
import com.holdspace.shared.NamedForm;

/** Admin only (SecurityConfig, /admin/**): the clinics of a chain. */
@Controller
@RequestMapping("/admin/sites")
class SiteController {

	private static final AdminPage PAGE = new AdminPage("Site", "/admin/sites");

	private final Sites sites;

	private final SiteService service;

	SiteController(Sites sites, SiteService service) {
		this.sites = sites;
		this.service = service;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		AdminPage.trim(binder);
	}

	@GetMapping
	String list(Model model) {
		return showList(new NamedForm(), model);
	}

	@PostMapping
	String add(@Validated @ModelAttribute("form") NamedForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return PAGE.add(result, redirect, "sites.notice.added",
				() -> this.service.add(form.getCreationToken(), form.getName()), () -> showList(form, model));
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		Site site = this.sites.get(id);
		var form = new NamedForm();
		form.setVersion(site.getVersion());
		form.setName(site.getName());
		return showEdit(id, form, model);
	}

	@PostMapping("/{id}")
	String rename(@PathVariable long id, @Validated @ModelAttribute("form") NamedForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return PAGE.change(form, result, redirect, "sites.notice.renamed",
				version -> this.service.rename(id, version, form.getName()), () -> this.sites.get(id).getVersion(),
				() -> showEdit(id, form, model));
	}

	@PostMapping("/{id}/active")
	String setActive(@PathVariable long id, @RequestParam boolean active, @RequestParam int version,
			RedirectAttributes redirect) {
		return PAGE.setActive(active, redirect, "sites.notice", () -> this.service.setActive(id, version, active),
				"/admin/sites/" + id);
	}

	private String showList(NamedForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("sites", this.sites.all());
		return "site/sites";
	}

	private String showEdit(long id, NamedForm form, Model model) {
		model.addAttribute("site", this.sites.get(id));
		model.addAttribute("form", form);
		return "site/site";
	}

}
