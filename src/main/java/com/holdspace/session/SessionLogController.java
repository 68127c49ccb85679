package com.holdspace.session;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import com.holdspace.audit.AuditAction;
import com.holdspace.audit.Audited;
import com.holdspace.shared.Refused;
import com.holdspace.staff.HoldspaceUser;

/**
 * The quick taps during a session, by the treating therapist only. The page's script sends them
 * in the background and gets back the session's log to show; without script each tap reloads the page.
 */
@Controller
class SessionLogController {

	/** Sent by session.js: answer with the log, not a whole page. */
	static final String FRAGMENT_HEADER = "X-Holdspace-Fragment";

	private final SessionService sessions;

	private final SessionPages pages;

	SessionLogController(SessionService sessions, SessionPages pages) {
		this.sessions = sessions;
		this.pages = pages;
	}

	@InitBinder("entry")
	void initBinder(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@Audited(value = AuditAction.EDIT, client = "session:id")
	@PostMapping("/sessions/{id}/entries/{kind}")
	String log(@PathVariable long id, @PathVariable EntryKind kind, @Validated @ModelAttribute("entry") EntryForm entry,
			BindingResult result, @RequestHeader(name = FRAGMENT_HEADER, required = false) String fragment,
			@AuthenticationPrincipal HoldspaceUser me, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		// who may write comes before whether the tap makes sense: a denial says nothing about the record
		SessionAccess.requireTreating(me, this.sessions.find(id));
		String problem = null;
		if (result.hasErrors()) {
			problem = (result.getFieldError("words") != null) ? "session.error.wordsTooLong"
					: (result.getFieldError("minutes") != null) ? "session.error.minutes" : "session.error.entry";
		}
		else {
			try {
				this.sessions.log(id, kind, entry, me);
			}
			catch (Refused refused) {
				problem = refused.codes().get(0);
			}
			catch (SessionLockedException signed) {
				problem = "session.problem.signed";
			}
		}
		return answer(id, problem, fragment != null, me, model, response, redirect);
	}

	/** Strikes out a mistaken tap; the tap stays in the record, struck out. */
	@Audited(value = AuditAction.EDIT, client = "session:id")
	@PostMapping("/sessions/{id}/entries/{entryId}/strike")
	String strike(@PathVariable long id, @PathVariable long entryId,
			@RequestHeader(name = FRAGMENT_HEADER, required = false) String fragment,
			@AuthenticationPrincipal HoldspaceUser me, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		SessionAccess.requireTreating(me, this.sessions.find(id));
		String problem = null;
		try {
			this.sessions.strike(id, entryId, me);
		}
		catch (Refused refused) {
			problem = refused.codes().get(0);
		}
		catch (com.holdspace.shared.NotFoundException noSuchEntry) {
			problem = "session.problem.noSuchEntry";
		}
		catch (SessionLockedException signed) {
			problem = "session.problem.signed";
		}
		return answer(id, problem, fragment != null, me, model, response, redirect);
	}

	private String answer(long id, String problem, boolean fragment, HoldspaceUser me, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!fragment) {
			if (problem != null) {
				redirect.addFlashAttribute("problem", problem);
			}
			return "redirect:/sessions/" + id + "#log";
		}
		if (problem != null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("problem", problem);
			return "session/log-problem :: problem";
		}
		model.addAttribute("page", this.pages.page(id, me));
		return "session/live :: live";
	}

}
