package com.holdspace.session;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.groups.Default;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.holdspace.audit.AuditAction;
import com.holdspace.audit.Audited;
import com.holdspace.shared.Refused;
import com.holdspace.shared.TypedDrafts;
import com.holdspace.staff.HoldspaceUser;

/**
 * A session record's page and its deliberate steps: starting, the check-in, re-confirmed consent,
 * signing and amending. Therapists and admin only (SecurityConfig); who may write is checked by
 * {@link SessionService} for every step.
 */
@Controller
class SessionController {

	private final SessionService sessions;

	private final SessionPages pages;

	private final TypedDrafts drafts;

	SessionController(SessionService sessions, SessionPages pages, TypedDrafts drafts) {
		this.sessions = sessions;
		this.pages = pages;
		this.drafts = drafts;
	}

	@InitBinder({ "notes", "amendment" })
	void initBinder(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	/** From a booking on its day, or a walk-in from the client's page; a double tap opens the same record. */
	@Audited(value = AuditAction.EDIT, client = "")
	@PostMapping("/sessions")
	String start(@RequestParam(required = false) Long bookingId, @RequestParam(required = false) Long clientId,
			@RequestParam UUID token, @AuthenticationPrincipal HoldspaceUser me, Model model) {
		try {
			return "redirect:/sessions/" + this.sessions.start(bookingId, clientId, token, me).getId();
		}
		catch (Refused refused) {
			model.addAttribute("reasons", refused.codes());
			model.addAttribute("bookingId", bookingId);
			model.addAttribute("clientId", clientId);
			return "session/refused";
		}
	}

	@Audited(value = AuditAction.VIEW, client = "session:id")
	@GetMapping("/sessions/{id}")
	String page(@PathVariable long id, @AuthenticationPrincipal HoldspaceUser me, Model model) {
		return show(id, me, model);
	}

	@Audited(value = AuditAction.EDIT, client = "session:id")
	@PostMapping("/sessions/{id}/consent")
	String reconfirmConsent(@PathVariable long id, @Validated @ModelAttribute("notes") SessionNotesForm notes,
			BindingResult result, @AuthenticationPrincipal HoldspaceUser me, Model model,
			RedirectAttributes redirect) {
		SessionAccess.requireTreating(me, this.sessions.find(id));
		if (result.hasErrors()) {
			return show(id, me, model);
		}
		return step(id, me, model, redirect, "session.notice.consent", "check-in",
				() -> this.sessions.reconfirmConsent(id, notes, me));
	}

	@Audited(value = AuditAction.EDIT, client = "session:id")
	@PostMapping("/sessions/{id}/check-in")
	String checkIn(@PathVariable long id,
			@Validated({ Default.class, SessionNotesForm.CheckIn.class }) @ModelAttribute("notes") SessionNotesForm notes,
			BindingResult result, @AuthenticationPrincipal HoldspaceUser me, Model model,
			RedirectAttributes redirect) {
		SessionAccess.requireTreating(me, this.sessions.find(id));
		if (result.hasErrors()) {
			// nothing typed is lost: it is kept while the form comes back with its messages
			keep(id, notes, me, model);
			return show(id, me, model);
		}
		return step(id, me, model, redirect, "session.notice.checkedIn", "log",
				() -> this.sessions.completeCheckIn(id, notes, me));
	}

	@Audited(value = AuditAction.SIGN, client = "session:id")
	@PostMapping("/sessions/{id}/sign")
	String sign(@PathVariable long id,
			@Validated({ Default.class, SessionNotesForm.Sign.class }) @ModelAttribute("notes") SessionNotesForm notes,
			BindingResult result, @AuthenticationPrincipal HoldspaceUser me, Model model,
			RedirectAttributes redirect) {
		SessionAccess.requireTreating(me, this.sessions.find(id));
		// the record's own rule says what is missing, so every message shows at once, beside its field
		notes.notes()
			.missingToSign(this.sessions.today())
			.stream()
			.filter(reason -> !result.hasFieldErrors(reason.field()))
			.forEach(reason -> result.rejectValue(reason.field(), reason.code()));
		if (result.hasErrors()) {
			keep(id, notes, me, model);
			// the problems are shown where they were typed: the end step, not the taps
			model.addAttribute("step", "end");
			return show(id, me, model);
		}
		// once signed, the aftercare plan is the next step
		return step(id, me, model, redirect, "session.notice.signed", "aftercare",
				() -> this.sessions.sign(id, notes, me));
	}

	@Audited(value = AuditAction.AMEND, client = "session:id")
	@PostMapping("/sessions/{id}/amendments")
	String amend(@PathVariable long id, @Validated @ModelAttribute("amendment") AmendmentForm amendment,
			BindingResult result, @AuthenticationPrincipal HoldspaceUser me, Model model,
			RedirectAttributes redirect) {
		SessionAccess.requireMayAmend(me, this.sessions.find(id));
		if (result.hasErrors()) {
			return show(id, me, model);
		}
		try {
			this.sessions.amend(id, amendment, me);
		}
		catch (Refused refused) {
			model.addAttribute("problem", refused.codes().get(0));
			return show(id, me, model);
		}
		this.drafts.forget(me.getAccountId(), AmendmentDraftController.key(id));
		redirect.addFlashAttribute("notice", "session.notice.amended");
		return "redirect:/sessions/" + id + "#amendments";
	}

	private String step(long id, HoldspaceUser me, Model model, RedirectAttributes redirect, String notice,
			String anchor, Runnable action) {
		try {
			action.run();
		}
		catch (StaleSessionException stale) {
			model.addAttribute("problem", stale.code());
			return showAfterRefusal(id, me, model, anchor);
		}
		catch (SessionLockedException signed) {
			redirect.addFlashAttribute("problem", "session.problem.signed");
			return "redirect:/sessions/" + id;
		}
		catch (PhaseChangedException moved) {
			redirect.addFlashAttribute("problem", "session.problem.moved");
			return "redirect:/sessions/" + id;
		}
		catch (Refused refused) {
			model.addAttribute("problem", refused.codes().get(0));
			return showAfterRefusal(id, me, model, anchor);
		}
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/sessions/" + id + "#" + anchor;
	}

	/** A signing that could not go ahead stays on the end step, where the notes were typed. */
	private String showAfterRefusal(long id, HoldspaceUser me, Model model, String anchor) {
		if ("aftercare".equals(anchor)) {
			model.addAttribute("step", "end");
		}
		return show(id, me, model);
	}

	/** What was typed is saved even when the step itself cannot go ahead yet. */
	private void keep(long id, SessionNotesForm notes, HoldspaceUser me, Model model) {
		try {
			this.sessions.write(id, notes, false, me);
		}
		catch (StaleSessionException stale) {
			model.addAttribute("problem", stale.code());
		}
		catch (SessionLockedException signed) {
			model.addAttribute("problem", "session.problem.signed");
		}
		catch (PhaseChangedException moved) {
			model.addAttribute("problem", "session.problem.moved");
		}
	}

	private String show(long id, HoldspaceUser me, Model model) {
		var page = this.pages.page(id, me);
		model.addAttribute("page", page);
		if (!model.containsAttribute("notes")) {
			model.addAttribute("notes", SessionNotesForm.of(page.record()));
		}
		else {
			// a form sent back with messages goes out with the version it is now saved under
			var notes = (SessionNotesForm) model.getAttribute("notes");
			notes.setVersion(page.record().getVersion());
			notes.setPhase(page.record().phase());
		}
		if (!model.containsAttribute("amendment")) {
			model.addAttribute("amendment", new AmendmentForm());
		}
		model.addAttribute("tokens", Map.of("touch", UUID.randomUUID(), "pause", UUID.randomUUID(), "event",
				UUID.randomUUID(), "response", UUID.randomUUID(), "words", UUID.randomUUID(), "withdrawal",
				UUID.randomUUID(), "asked", UUID.randomUUID(), "returned", UUID.randomUUID()));
		SessionOptions.addTo(model);
		return "session/record";
	}

}
