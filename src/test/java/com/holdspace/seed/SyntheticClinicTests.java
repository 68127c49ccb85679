package com.holdspace.seed;

import static com.holdspace.SignedIn.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.holdspace.IntegrationTest;

/**
 * A small synthetic clinic, seeded set by set: the counts its scale promises, records that keep
 * every rule of the schema, and pages that read them, encrypted notes included.
 */
@IntegrationTest
class SyntheticClinicTests {

	@Autowired
	SyntheticClinic clinic;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void aHundredthOfAClinicHasWhatItsScalePromisesAndItsPagesRead() throws Exception {
		var size = this.clinic.seed(0.01);

		assertThat(size).isEqualTo(new SyntheticClinic.Size(1, 2, 1, 30, 600, 500));
		assertThat(count("select count(*) from client where email like 'client%@bench.example'")).isEqualTo(30);
		assertThat(count("""
				select count(*) from booking b join account a on a.id = b.therapist_id
				where a.email like 'therapist%@bench.holdspace'""")).isEqualTo(600);
		assertThat(count("select count(*) from session_record where therapist_name like 'Therapist %' and signed_at is not null"))
			.isEqualTo(500);
		assertThat(count("select count(*) from session_entry e join session_record s on s.id = e.session_id "
				+ "where s.therapist_name like 'Therapist %'")).isEqualTo(2000);
		assertThat(count("select count(*) from aftercare_plan where therapist_name like 'Therapist %'")).isEqualTo(500);
		assertThat(count("""
				select count(*) from booking a join booking b on a.id < b.id and a.status <> 'CANCELLED'
				    and b.status <> 'CANCELLED' and tstzrange(a.starts_at, a.free_at) && tstzrange(b.starts_at, b.free_at)
				    and (a.therapist_id = b.therapist_id or a.room_id = b.room_id)""")).as("double bookings").isZero();
		assertThat(count("select count(*) from site where name like 'Bench site %'")).isEqualTo(1);
		assertThat(count("""
				select count(*) from booking b join room r on r.id = b.room_id join account a on a.id = b.therapist_id
				where a.email like 'therapist%@bench.holdspace' and r.site_id <> a.site_id"""))
			.as("bookings in a room at another site than the therapist's").isZero();

		var therapist = this.users.loadUserByUsername("therapist1" + SyntheticClinic.DOMAIN);
		long session = count("select max(id) from session_record where therapist_name = 'Therapist 1'");
		long client = count("select client_id from session_record where id = " + session);
		this.mvc.perform(get("/sessions/" + session).with(user(therapist)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Synthetic session note")));
		this.mvc.perform(get("/clients/" + client + "/intake").with(user(therapist)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Synthetic trigger note")));
		var portal = this.users.loadUserByUsername("client" + SyntheticClinic.DOMAIN);
		this.mvc.perform(get("/me").with(user(portal))).andExpect(status().isOk());
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

}
