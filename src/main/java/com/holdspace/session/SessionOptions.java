package com.holdspace.session;

import org.springframework.ui.Model;

import com.holdspace.intake.BodyRegion;

/** The choices the session page offers, in the order they are shown. */
final class SessionOptions {

	private SessionOptions() {
	}

	static void addTo(Model model) {
		model.addAttribute("techniques", Technique.values());
		model.addAttribute("pressures", BlockPressure.values());
		model.addAttribute("events", ReleaseEvent.values());
		model.addAttribute("actions", TherapistAction.values());
		model.addAttribute("frequencies", VisitFrequency.values());
		model.addAttribute("frontRegions", BodyRegion.on(BodyRegion.Side.FRONT));
		model.addAttribute("backRegions", BodyRegion.on(BodyRegion.Side.BACK));
		model.addAttribute("allRegions", BodyRegion.values());
		model.addAttribute("tensions", java.util.stream.IntStream.rangeClosed(0, 10).boxed().toList());
		model.addAttribute("blockMinutes", java.util.List.of(2, 5, 10, 15, 20));
	}

}
