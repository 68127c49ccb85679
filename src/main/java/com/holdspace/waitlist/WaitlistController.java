package com.holdspace.waitlist;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

import com.holdspace.booking.ClinicResources;
import com.holdspace.client.ClientService;
import com.holdspace.shared.NotFoundException;
import com.holdspace.shared.Refused;
import com.holdspace.site.Sites;
import com.holdspace.staff.HoldspaceUser;
import com.holdspace.staff.StaffDirectory;

/** Staff only (admin, therapist, front desk; see SecurityConfig): who is waiting, adding and removing. */
@Controller
@RequestMapping("/waitlist")
class WaitlistController {

	private static final String FORM = "waitlist/form";

	private final WaitlistService waitlist;

	private final WaitlistFormValidator validator;

	private final ClientService clients;

	private final ClinicResources resources;

	private final StaffDirectory staff;

	private final Sites sites;

	WaitlistController(WaitlistService waitlist, WaitlistFormValidator validator, ClientService clients,
			ClinicResources resources, StaffDirectory staff, Sites sites) {
		this.sites = sites;
		this.waitlist = waitlist;
		this.validator = validator;
		this.clients = clients;
		this.resources = resources;
		this.staff = staff;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
		binder.addValidators(this.validator);
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("entries", this.waitlist.waiting());
		return "waitlist/list";
	}

	@GetMapping("/new")
	String newForm(@RequestParam long clientId, @AuthenticationPrincipal HoldspaceUser user, Model model) {
		var form = new WaitlistForm();
		form.setClientId(clientId);
		// for any therapist, the desk's own clinic unless they choose another
		form.setSiteId(this.staff.siteOf(user.getAccountId()).orElse(null));
		return showForm(form, model);
	}

	@PostMapping
	String create(@Validated @ModelAttribute("form") WaitlistForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (form.getClientId() == null) {
			throw new NotFoundException("Client", "none");
		}
		if (result.hasErrors()) {
			return showForm(form, model);
		}
		this.waitlist.add(form.getClientId(), form.toNewEntry());
		redirect.addFlashAttribute("notice", "waitlist.notice.added");
		return "redirect:/clients/" + form.getClientId();
	}

	@PostMapping("/{id}/remove")
	String remove(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		try {
			this.waitlist.remove(id, version);
			redirect.addFlashAttribute("notice", "waitlist.notice.removed");
		}
		catch (Refused refused) {
			redirect.addFlashAttribute("problem", refused.code());
		}
		return "redirect:/waitlist";
	}

	private String showForm(WaitlistForm form, Model model) {
		form.padRows();
		model.addAttribute("form", form);
		model.addAttribute("client", this.clients.get(form.getClientId()));
		model.addAttribute("sessionTypes", this.resources.activeTypeViews());
		model.addAttribute("therapists", this.staff.activeTherapists());
		this.sites.choice(form.getSiteId()).addTo(model);
		return FORM;
	}

}
