package com.holdspace.site;

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

/** Admin only (SecurityConfig, /admin/**): the clinics of a chain. */
@Controller
@RequestMapping("/admin/sites")
class SiteController {

	private static final String LIST = "site/sites";

	private static final String EDIT = "site/site";

	private final Sites sites;

	private final SiteService service;

	SiteController(Sites sites, SiteService service) {
		this.sites = sites;
		this.service = service;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@GetMapping
	String list(Model model) {
		return showList(new SiteForm(), model);
	}

	@PostMapping
	String add(@Validated @ModelAttribute("form") SiteForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showList(form, model);
		}
		try {
			this.service.add(form.getCreationToken(), form.getName());
		}
		catch (Refused refused) {
			refused.addTo(result);
			return showList(form, model);
		}
		redirect.addFlashAttribute("notice", "sites.notice.added");
		return "redirect:/admin/sites";
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		return showEdit(id, SiteForm.from(this.sites.get(id)), model);
	}

	@PostMapping("/{id}")
	String rename(@PathVariable long id, @Validated @ModelAttribute("form") SiteForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (form.getVersion() == null) {
			result.reject("stale.site");
		}
		if (result.hasErrors()) {
			return showEdit(id, form, model);
		}
		try {
			this.service.rename(id, form.getVersion(), form.getName());
		}
		catch (Refused refused) {
			refused.addTo(result);
			if (refused instanceof StaleEditException) {
				// the typed name stays, against the version now saved, so saving again goes through
				form.setVersion(this.sites.get(id).getVersion());
			}
			return showEdit(id, form, model);
		}
		redirect.addFlashAttribute("notice", "sites.notice.renamed");
		return "redirect:/admin/sites";
	}

	@PostMapping("/{id}/active")
	String setActive(@PathVariable long id, @RequestParam boolean active, @RequestParam int version,
			RedirectAttributes redirect) {
		try {
			this.service.setActive(id, version, active);
			redirect.addFlashAttribute("notice", active ? "sites.notice.active" : "sites.notice.inactive");
		}
		catch (Refused refused) {
			redirect.addFlashAttribute("problem", refused.code());
		}
		return "redirect:/admin/sites/" + id;
	}

	private String showList(SiteForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("sites", this.sites.all());
		return LIST;
	}

	private String showEdit(long id, SiteForm form, Model model) {
		model.addAttribute("site", this.sites.get(id));
		model.addAttribute("form", form);
		return EDIT;
	}

}
