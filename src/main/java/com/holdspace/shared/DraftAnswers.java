package com.holdspace.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.ResponseEntity;

/**
 * How a short form's kept typing is answered to the page: what was kept and the time it was kept,
 * or nothing; and a value longer than its field allows is refused, as the form itself would.
 */
public final class DraftAnswers {

	private DraftAnswers() {
	}

	/** The fields a form keeps, each with the longest value it takes. */
	public static boolean fits(Map<String, String> values, Map<String, Integer> longest) {
		return values.entrySet()
			.stream()
			.allMatch(field -> longest.containsKey(field.getKey())
					&& (field.getValue() == null || field.getValue().length() <= longest.get(field.getKey())));
	}

	public static ResponseEntity<Map<String, Object>> kept(String savedAt) {
		return ResponseEntity.ok(Map.of("savedAt", savedAt));
	}

	public static ResponseEntity<Map<String, Object>> found(Optional<TypedDrafts.Draft> draft, ClinicTime time) {
		if (draft.isEmpty()) {
			return ResponseEntity.noContent().build();
		}
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("values", draft.get().values());
		answer.put("savedAt", time.time(draft.get().savedAt()));
		return ResponseEntity.ok(answer);
	}

}
