package com.holdspace.clinic;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.holdspace.shared.Refused;
import com.holdspace.staff.HoldspaceUser;

/** Admin only (see SecurityConfig): clinic-wide settings. */
@Controller
@RequestMapping("/admin/settings")
class ClinicSettingsController {

	private final ClinicSettings settings;

	ClinicSettingsController(ClinicSettings settings) {
		this.settings = settings;
	}

	@GetMapping
	String show(Model model) {
		var form = new ClinicSettingsForm();
		form.setCrisisContacts(this.settings.crisisContacts());
		form.setVersion(this.settings.crisisContactsVersion());
		form.setConsentRenewalMonths(this.settings.consentRenewalMonths());
		form.setContactLines(this.settings.contactLines());
		form.setOnlineChangeNoticeHours(this.settings.onlineChangeNoticeHours());
		form.setRetentionAdultYears(this.settings.retentionAdultYears());
		form.setRetentionMinorAge(this.settings.retentionMinorAge());
		model.addAttribute("form", form);
		return "clinic/settings";
	}

	@PostMapping
	String save(@Validated @ModelAttribute("form") ClinicSettingsForm form, BindingResult result,
			@AuthenticationPrincipal HoldspaceUser me, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "clinic/settings";
		}
		try {
			this.settings.change(form, me.getAccountId());
		}
		catch (Refused refused) {
			refused.addTo(result);
			return "clinic/settings";
		}
		redirect.addFlashAttribute("notice", "settings.notice.saved");
		return "redirect:/admin/settings";
	}

}
