package com.holdspace.shared;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a person typed into a short clinical form and has not sent yet, kept on the server as they
 * type (encrypted, like the notes it will become), one per person and form. The page asks for it
 * back when it opens with the form empty; sending the form forgets it; a week forgets it too.
 */
@Component
public class TypedDrafts {

	/** What was kept, and when. */
	public record Draft(Map<String, String> values, Instant savedAt) {

	}

	static final Duration KEPT_FOR = Duration.ofDays(7);

	static final String PURPOSE = "typed_draft.body";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcTemplate jdbc;

	private final ClinicTime time;

	TypedDrafts(JdbcTemplate jdbc, ClinicTime time) {
		this.jdbc = jdbc;
		this.time = time;
	}

	/** Keeps the fields as typed, in place of what was kept before. Empty fields are left out. */
	public Instant keep(long accountId, String formKey, Map<String, String> values) {
		Map<String, String> typed = new LinkedHashMap<>();
		values.forEach((name, value) -> {
			if (value != null && !value.isBlank()) {
				typed.put(name, value);
			}
		});
		Instant now = this.time.clock().instant();
		if (typed.isEmpty()) {
			forget(accountId, formKey);
			return now;
		}
		String body = FieldCipher.get().encrypt(JSON.writeValueAsString(typed), PURPOSE);
		this.jdbc.update("""
				insert into typed_draft (account_id, form_key, body, updated_at) values (?, ?, ?, ?)
				on conflict (account_id, form_key) do update set body = excluded.body, updated_at = excluded.updated_at""",
				accountId, formKey, body, Timestamp.from(now));
		return now;
	}

	public Optional<Draft> find(long accountId, String formKey) {
		Instant oldest = this.time.clock().instant().minus(KEPT_FOR);
		return this.jdbc.query("""
				select body, updated_at from typed_draft where account_id = ? and form_key = ? and updated_at > ?""",
				rs -> {
					if (!rs.next()) {
						return Optional.<Draft>empty();
					}
					try {
						Map<String, String> values = JSON.readValue(FieldCipher.get().decrypt(rs.getString("body"), PURPOSE),
								new TypeReference<Map<String, String>>() {
								});
						return Optional.of(new Draft(values, rs.getTimestamp("updated_at").toInstant()));
					}
					catch (IllegalStateException retiredKey) {
						// written under a key no longer configured: nothing to give back
						return Optional.<Draft>empty();
					}
				}, accountId, formKey, Timestamp.from(oldest));
	}

	public void forget(long accountId, String formKey) {
		this.jdbc.update("delete from typed_draft where account_id = ? and form_key = ?", accountId, formKey);
	}

	@Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT5M")
	void forgetOld() {
		this.jdbc.update("delete from typed_draft where updated_at < ?",
				Timestamp.from(this.time.clock().instant().minus(KEPT_FOR)));
	}

}
