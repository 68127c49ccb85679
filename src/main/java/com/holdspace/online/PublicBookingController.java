package com.holdspace.online;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import com.holdspace.booking.SessionTypeView;
import com.holdspace.booking.SlotTakenException;
import com.holdspace.clinic.ClinicSettings;
import com.holdspace.shared.ClinicTime;
import com.holdspace.shared.NotFoundException;
import com.holdspace.shared.Refused;
import com.holdspace.shared.SecretTokens;
import com.holdspace.site.Sites;

/**
 * The clinic's public booking pages, for anyone, signed in or not: choose a time, give one's
 * details, confirm by the emailed link. Plain forms and links throughout, so a phone without
 * JavaScript books as well as any.
 */
@Controller
@RequestMapping("/book")
class PublicBookingController {

	private final OnlineBooking online;

	private final Sites sites;

	private final ClinicSettings settings;

	private final ClinicTime clinicTime;

	private final OnlineProperties properties;

	PublicBookingController(OnlineBooking online, Sites sites, ClinicSettings settings, ClinicTime clinicTime,
			OnlineProperties properties) {
		this.online = online;
		this.sites = sites;
		this.settings = settings;
		this.clinicTime = clinicTime;
		this.properties = properties;
	}

	@GetMapping
	String choose(@RequestParam(required = false) Long site, @RequestParam(required = false) Long type,
			@RequestParam(required = false) Long therapist,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Model model) {
		List<SessionTypeView> types = this.online.typesForNewClients();
		Long siteId = (site != null && this.sites.exists(site)) ? site : null;
		LocalDate today = LocalDate.now(this.clinicTime.clock());
		LocalDate last = today.plusDays(this.properties.daysAhead());
		LocalDate shown = (day == null || day.isBefore(today)) ? today.plusDays(1) : (day.isAfter(last) ? last : day);
		SessionTypeView chosen = types.stream()
			.filter(offered -> type == null || offered.id() == type)
			.findFirst()
			.orElse(types.isEmpty() ? null : types.get(0));
		model.addAttribute("sites", (this.sites.active().size() > 1) ? this.sites.active() : List.of());
		model.addAttribute("site", siteId);
		model.addAttribute("types", types);
		model.addAttribute("type", chosen);
		model.addAttribute("therapists", this.online.therapists(siteId));
		model.addAttribute("therapist", therapist);
		model.addAttribute("day", shown);
		model.addAttribute("dayName", this.clinicTime.format(shown, "EEEE d MMMM"));
		model.addAttribute("earlier", shown.isAfter(today.plusDays(1)) ? shown.minusDays(1) : null);
		model.addAttribute("later", shown.isBefore(last) ? shown.plusDays(1) : null);
		model.addAttribute("times", (chosen != null) ? this.online.times(chosen, therapist, siteId, shown) : List.of());
		model.addAttribute("phone", this.settings.contactLines());
		return "online/book";
	}

	@GetMapping("/details")
	String details(@ModelAttribute("form") NewClientForm form, Model model) {
		if (form.getType() == null || form.getTherapist() == null || form.getStart() == null) {
			return "redirect:/book";
		}
		form.setShownAt(this.clinicTime.clock().millis());
		return detailsPage(form, model);
	}

	@PostMapping("/details")
	String hold(@Valid @ModelAttribute("form") NewClientForm form, BindingResult result, Model model) {
		if (form.getType() == null || form.getTherapist() == null || form.getStart() == null) {
			return "redirect:/book";
		}
		if (result.hasErrors()) {
			return detailsPage(form, model);
		}
		if (form.looksAutomated(this.clinicTime.clock().instant(), this.properties.minimumFillTime())) {
			// the same answer a person gets: a program learns nothing from it, and nothing is held
			return "redirect:/book/sent";
		}
		try {
			this.online.hold(form.person(), this.online.offeredType(form.getType()), form.getTherapist(),
					form.getStart(), form.getCreationToken());
		}
		catch (Refused refused) {
			if (refused.codes().contains("booking.refused.form-used")) {
				// a form sent again with another email: the same answer as any, so nobody learns whose it is
				return "redirect:/book/sent";
			}
			refused.addTo(result);
			return detailsPage(form, model);
		}
		catch (SlotTakenException taken) {
			result.reject("online.refused.taken");
			return detailsPage(form, model);
		}
		return "redirect:/book/sent";
	}

	@GetMapping("/sent")
	String sent(Model model) {
		model.addAttribute("minutes", this.properties.hold().toMinutes());
		return "online/sent";
	}

	@GetMapping("/confirm/{token}")
	String request(@PathVariable String token, Model model) {
		model.addAttribute("request", this.online.page(checked(token)));
		model.addAttribute("token", token);
		model.addAttribute("phone", this.settings.contactLines());
		return "online/confirm";
	}

	@PostMapping("/confirm/{token}")
	String confirm(@PathVariable String token, Model model) {
		RequestPage page;
		try {
			page = this.online.confirm(checked(token));
		}
		catch (Refused lapsed) {
			page = this.online.page(token);
		}
		model.addAttribute("request", page);
		model.addAttribute("token", token);
		model.addAttribute("phone", this.settings.contactLines());
		return "online/confirm";
	}

	@ExceptionHandler(OnlineThrottle.TooManyRequests.class)
	@ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
	String throttled(Model model) {
		model.addAttribute("phone", this.settings.contactLines());
		return "online/throttled";
	}

	private String detailsPage(NewClientForm form, Model model) {
		SessionTypeView type;
		try {
			type = this.online.offeredType(form.getType());
		}
		catch (Refused notOffered) {
			return "redirect:/book";
		}
		model.addAttribute("type", type);
		model.addAttribute("when", this.clinicTime.format(form.getStart().atZone(this.clinicTime.zone()),
				"EEEE d MMMM, HH:mm"));
		model.addAttribute("therapistName", this.online.therapists(null)
			.stream()
			.filter(member -> member.id() == form.getTherapist())
			.map(member -> member.displayName())
			.findFirst()
			.orElse(""));
		return "online/details";
	}

	private static String checked(String token) {
		if (!SecretTokens.looksValid(token)) {
			throw new NotFoundException("Online booking", "link");
		}
		return token;
	}

}
