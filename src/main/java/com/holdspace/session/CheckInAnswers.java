package com.holdspace.session;

/** What the client said at check-in, before any touch: fixed once the check-in is done. */
record CheckInAnswers(Integer tensionBefore, String arrival, Boolean hadWater, Boolean breathingOffered,
		Boolean alcoholOrDrugsToday, Boolean newFlashbacks, Boolean harmThoughts) {
}
