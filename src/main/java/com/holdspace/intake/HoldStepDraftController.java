package com.holdspace.intake;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.holdspace.staff.HoldspaceUser;
import com.holdspace.shared.ClinicTime;
import com.holdspace.shared.DraftAnswers;
import com.holdspace.shared.TypedDrafts;

/**
 * A referral or a clearance being typed, kept on the server as it is typed, for the therapist who
 * types it (the page's own rule: therapists only). A hold that is not this client's is not there.
 */
@RestController
@RequestMapping("/clients/{clientId}/intake/holds/{holdId}/{step}/draft")
class HoldStepDraftController {

	private static final Map<String, Integer> LONGEST = Map.of("personName", 200, "personRole", 200, "adviceOn", 10,
			"note", 2000);

	private final ClinicalHolds holds;

	private final TypedDrafts drafts;

	private final ClinicTime time;

	HoldStepDraftController(ClinicalHolds holds, TypedDrafts drafts, ClinicTime time) {
		this.holds = holds;
		this.drafts = drafts;
		this.time = time;
	}

	static String key(long holdId, ClearanceStep step) {
		return "hold:" + holdId + ":" + step.name();
	}

	@PostMapping
	ResponseEntity<Map<String, Object>> keep(@PathVariable long clientId, @PathVariable long holdId,
			@PathVariable ClearanceStep step, @RequestParam(required = false) String personName,
			@RequestParam(required = false) String personRole, @RequestParam(required = false) String adviceOn,
			@RequestParam(required = false) String note, @AuthenticationPrincipal HoldspaceUser me) {
		this.holds.hold(clientId, holdId);
		Map<String, String> typed = new LinkedHashMap<>();
		typed.put("personName", personName);
		typed.put("personRole", personRole);
		typed.put("adviceOn", adviceOn);
		typed.put("note", note);
		if (!DraftAnswers.fits(typed, LONGEST)) {
			return ResponseEntity.badRequest().build();
		}
		return DraftAnswers.kept(this.time.time(this.drafts.keep(me.getAccountId(), key(holdId, step), typed)));
	}

	@GetMapping
	ResponseEntity<Map<String, Object>> find(@PathVariable long clientId, @PathVariable long holdId,
			@PathVariable ClearanceStep step, @AuthenticationPrincipal HoldspaceUser me) {
		this.holds.hold(clientId, holdId);
		return DraftAnswers.found(this.drafts.find(me.getAccountId(), key(holdId, step)), this.time);
	}

}
