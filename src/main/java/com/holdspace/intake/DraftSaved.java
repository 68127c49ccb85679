package com.holdspace.intake;

import java.time.Instant;
import java.util.List;

/** The result of an autosave: when, the draft's new version, and the flags its answers raise. */
record DraftSaved(Instant savedAt, int draftVersion, List<FlagView> flags) {
}
