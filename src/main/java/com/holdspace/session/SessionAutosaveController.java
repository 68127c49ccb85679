package com.holdspace.session;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.holdspace.audit.AuditAction;
import com.holdspace.audit.Audited;
import com.holdspace.staff.HoldspaceUser;
import com.holdspace.shared.ClinicTime;
import com.holdspace.shared.FieldProblems;

/**
 * Saves a record's notes a few seconds after each change, as the page's script asks: when it was
 * saved and the new version, or a conflict when another device saved in between.
 */
@RestController
class SessionAutosaveController {

	private final SessionService sessions;

	private final ClinicTime clinicTime;

	private final MessageSource messages;

	SessionAutosaveController(SessionService sessions, ClinicTime clinicTime, MessageSource messages) {
		this.messages = messages;
		this.sessions = sessions;
		this.clinicTime = clinicTime;
	}

	@InitBinder("notes")
	void initBinder(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@Audited(value = AuditAction.EDIT, client = "session:id")
	@PostMapping("/sessions/{id}/draft")
	ResponseEntity<Map<String, Object>> save(@PathVariable long id,
			@Validated @ModelAttribute("notes") SessionNotesForm notes, BindingResult result,
			@RequestParam(defaultValue = "false") boolean overwrite, @AuthenticationPrincipal HoldspaceUser me) {
		SessionAccess.requireTreating(me, this.sessions.find(id));
		Map<String, Object> body = new LinkedHashMap<>();
		if (result.hasErrors()) {
			// too long, or out of range: nothing is saved until it fits, and the page says where
			body.put("invalid", FieldProblems.of(result, this.messages));
			return ResponseEntity.badRequest().body(body);
		}
		try {
			var saved = this.sessions.write(id, notes, overwrite, me);
			body.put("savedAt", this.clinicTime.time(saved.savedAt()));
			body.put("version", saved.version());
			return ResponseEntity.ok(body);
		}
		catch (StaleSessionException stale) {
			body.put("conflict", true);
			body.put("changedAt", this.clinicTime.time(stale.getChangedAt()));
			return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
		}
		catch (SessionLockedException signed) {
			body.put("signed", true);
			return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
		}
		catch (PhaseChangedException moved) {
			body.put("moved", true);
			return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
		}
	}

}
