package com.holdspace.session;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.holdspace.staff.HoldspaceUser;
import com.holdspace.shared.ClinicTime;
import com.holdspace.shared.DraftAnswers;
import com.holdspace.shared.TypedDrafts;

/**
 * An amendment being typed, kept on the server as it is typed, for whoever may amend the record:
 * the treating therapist or an admin. Another therapist's record is not there (404).
 */
@RestController
class AmendmentDraftController {

	private static final Map<String, Integer> LONGEST = Map.of("reason", 500, "body", 4000);

	private final SessionService sessions;

	private final TypedDrafts drafts;

	private final ClinicTime time;

	AmendmentDraftController(SessionService sessions, TypedDrafts drafts, ClinicTime time) {
		this.sessions = sessions;
		this.drafts = drafts;
		this.time = time;
	}

	static String key(long sessionId) {
		return "amendment:" + sessionId;
	}

	@PostMapping("/sessions/{id}/amendments/draft")
	ResponseEntity<Map<String, Object>> keep(@PathVariable long id, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String body, @AuthenticationPrincipal HoldspaceUser me) {
		SessionAccess.requireMayAmend(me, this.sessions.find(id));
		Map<String, String> typed = new LinkedHashMap<>();
		typed.put("reason", reason);
		typed.put("body", body);
		if (!DraftAnswers.fits(typed, LONGEST)) {
			return ResponseEntity.badRequest().build();
		}
		return DraftAnswers.kept(this.time.time(this.drafts.keep(me.getAccountId(), key(id), typed)));
	}

	@GetMapping("/sessions/{id}/amendments/draft")
	ResponseEntity<Map<String, Object>> find(@PathVariable long id, @AuthenticationPrincipal HoldspaceUser me) {
		SessionAccess.requireMayAmend(me, this.sessions.find(id));
		return DraftAnswers.found(this.drafts.find(me.getAccountId(), key(id)), this.time);
	}

}
