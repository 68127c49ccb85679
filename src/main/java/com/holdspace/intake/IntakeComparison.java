package com.holdspace.intake;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What changed between two intake versions, answer by answer, body region by body region. */
final class IntakeComparison {

	/** One changed answer: the field (a messages key suffix) with the value before and after. */
	record Change(String field, Object before, Object after) {
	}

	private IntakeComparison() {
	}

	/**
	 * How a version differs from what the client answered on the tablet, leaving out the answers
	 * only staff give: the therapist's changes to the client's own words.
	 */
	static List<Change> clientAnswerChanges(IntakeForm clients, IntakeForm version) {
		return changes(clients, version).stream()
			.filter(change -> !StaffAnswers.FIELDS.contains(change.field()))
			.toList();
	}

	static List<Change> changes(IntakeForm older, IntakeForm newer) {
		List<Change> changes = new ArrayList<>();
		// declared order is the order of the form, so changes read top to bottom
		for (Field field : IntakeForm.class.getDeclaredFields()) {
			if (Modifier.isStatic(field.getModifiers()) || field.getName().equals("bodyMap")) {
				continue;
			}
			Object before = read(field, older);
			Object after = read(field, newer);
			if (!Objects.equals(before, after)) {
				changes.add(new Change(field.getName(), before, after));
			}
		}
		for (BodyRegion region : BodyRegion.values()) {
			var before = older.getBodyMap().get(region);
			var after = newer.getBodyMap().get(region);
			if (before.getState() != after.getState() || !Objects.equals(before.getNote(), after.getNote())) {
				changes.add(new Change("region." + region.name(), before, after));
			}
		}
		return changes;
	}

	private static Object read(Field field, IntakeForm answers) {
		try {
			field.setAccessible(true);
			return field.get(answers);
		}
		catch (IllegalAccessException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

}
