package com.holdspace.session;

import org.springframework.ui.Model;

import com.holdspace.intake.BodyRegion;
import com.holdspace.intake.RegionBoard;

/** The choices the session page offers, in the order they are shown. */
final class SessionOptions {

	private SessionOptions() {
	}

	static void addTo(Model model) {
		model.addAttribute("techniques", Technique.values());
		model.addAttribute("pressures", BlockPressure.values());
		model.addAttribute("events", ReleaseEvent.values());
		// asking whether to go on is its own row of taps, one for each answer the client can give
		model.addAttribute("actions", java.util.Arrays.stream(TherapistAction.values())
			.filter(action -> action != TherapistAction.ASKED_WHETHER_TO_CONTINUE)
			.toList());
		model.addAttribute("continueAnswers", ContinueAnswer.values());
		model.addAttribute("frequencies", VisitFrequency.values());
		model.addAttribute("frontRegions", BodyRegion.on(BodyRegion.Side.FRONT));
		model.addAttribute("backRegions", BodyRegion.on(BodyRegion.Side.BACK));
		model.addAttribute("allRegions", BodyRegion.values());
		model.addAttribute("boardFront", RegionBoard.FRONT);
		model.addAttribute("boardBack", RegionBoard.BACK);
		model.addAttribute("tensions", java.util.stream.IntStream.rangeClosed(0, 10).boxed().toList());
		model.addAttribute("blockMinutes", java.util.List.of(2, 5, 10, 15, 20));
	}

}
