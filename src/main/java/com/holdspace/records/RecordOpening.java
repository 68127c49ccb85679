package com.holdspace.records;

import java.util.List;

import com.holdspace.client.ClientView;
import com.holdspace.consent.ConsentRecord;
import com.holdspace.intake.HoldRecord;
import com.holdspace.intake.IntakeVersionInFull;

/**
 * The sections of a client's record that are read whole, in one read-only transaction: who the
 * client is with their emergency contacts, every intake version, every consent with its withdrawal,
 * and every hold with its referral and clearance. Each is small for any one client.
 */
public record RecordOpening(ClientView client, List<IntakeVersionInFull> intake, List<ConsentRecord> consents,
		List<HoldRecord> holds) {

	public RecordOpening {
		intake = List.copyOf(intake);
		consents = List.copyOf(consents);
		holds = List.copyOf(holds);
	}

}
