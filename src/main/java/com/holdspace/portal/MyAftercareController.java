package com.holdspace.portal;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.holdspace.aftercare.PlanSheet;
import com.holdspace.aftercare.AftercareService;
import com.holdspace.aftercare.CheckInForm;
import com.holdspace.audit.AuditAction;
import com.holdspace.audit.Audited;
import com.holdspace.client.ClientService;
import com.holdspace.clinic.ClinicSettings;
import com.holdspace.staff.HoldspaceUser;
import com.holdspace.shared.ClinicTime;
import com.holdspace.shared.PdfRenderer;

/**
 * Clients only (SecurityConfig): their own aftercare sheets. Every plan is looked up for the
 * signed-in client's record; another client's plan id is simply not found (404).
 */
@Controller
class MyAftercareController {

	private static final DateTimeFormatter FOLLOW_UP = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

	private final AftercareService aftercare;

	private final ClientService clients;

	private final PdfRenderer pdf;

	private final ClinicTime clinicTime;

	private final ClinicSettings settings;

	MyAftercareController(AftercareService aftercare, ClientService clients, PdfRenderer pdf, ClinicTime clinicTime,
			ClinicSettings settings) {
		this.settings = settings;
		this.aftercare = aftercare;
		this.clients = clients;
		this.pdf = pdf;
		this.clinicTime = clinicTime;
	}

	@InitBinder("checkIn")
	void initBinder(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
		binder.setAllowedFields("token", "feeling", "words");
	}

	@Audited(value = AuditAction.VIEW, client = "")
	@GetMapping("/me/plans/{planId}")
	String plan(@PathVariable long planId, @AuthenticationPrincipal HoldspaceUser me, Model model) {
		return page(me.getClientId(), planId, new CheckInForm(), model);
	}

	@Audited(value = AuditAction.EDIT, client = "")
	@PostMapping("/me/plans/{planId}/read")
	String read(@PathVariable long planId, @AuthenticationPrincipal HoldspaceUser me, RedirectAttributes redirect) {
		this.aftercare.markRead(me.getClientId(), planId);
		redirect.addFlashAttribute("notice", "portal.plan.notice.read");
		return "redirect:/me/plans/" + planId;
	}

	@Audited(value = AuditAction.EDIT, client = "")
	@PostMapping("/me/plans/{planId}/check-in")
	String checkIn(@PathVariable long planId, @Validated @ModelAttribute("checkIn") CheckInForm form,
			BindingResult result, @AuthenticationPrincipal HoldspaceUser me, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(me.getClientId(), planId, form, model);
		}
		if (this.aftercare.checkIn(me.getClientId(), planId, form).urgent()) {
			// the lines come first, at once: calmly, with numbers a tap can call
			redirect.addFlashAttribute("urgentCheckIn", true);
			redirect.addFlashAttribute("notice", "portal.checkIn.notice.urgent");
			// the top of the page: the notice, then the lines, before anything else
			return "redirect:/me/plans/" + planId;
		}
		redirect.addFlashAttribute("notice", "portal.checkIn.notice.sent");
		return "redirect:/me/plans/" + planId + "#check-in";
	}

	@Audited(value = AuditAction.EXPORT, client = "")
	@GetMapping("/me/plans/{planId}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long planId, @AuthenticationPrincipal HoldspaceUser me) {
		PlanSheet plan = this.aftercare.sheet(me.getClientId(), planId);
		byte[] document = this.pdf.render("aftercare/pdf", Map.of("plan", plan, "clientName",
				this.clients.get(me.getClientId()).calledName(), "handedOverOn",
				this.clinicTime.date(plan.handedOverAt()), "followUpOn",
				(plan.followUpOn() != null) ? plan.followUpOn().format(FOLLOW_UP) : ""));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("my-aftercare-" + planId + ".pdf").build().toString())
			.body(document);
	}

	private String page(long clientId, long planId, CheckInForm form, Model model) {
		var sheet = this.aftercare.sheetWithCheckIns(clientId, planId);
		model.addAttribute("plan", sheet.plan());
		model.addAttribute("checkIns", sheet.checkIns());
		model.addAttribute("checkIn", form);
		if (Boolean.TRUE.equals(model.getAttribute("urgentCheckIn"))) {
			model.addAttribute("crisisLines", this.settings.crisisLines());
		}
		return "portal/plan";
	}

}
