package com.holdspace.system;

import static com.holdspace.SignedIn.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.StatementCounter;
import com.holdspace.booking.BookingFixtures;
import com.holdspace.staff.Role;

@IntegrationTest
class PageBudgetTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	BookingFixtures booking;

	@Autowired
	UserDetailsService users;

	@Autowired
	StatementCounter statements;

	@Test
	void explore() throws Exception {
		UserDetails desk = this.users.loadUserByUsername(this.fixtures.staffMember(Role.FRONT_DESK));
		long therapist = this.booking.therapist();
		long client = this.fixtures.client("Budget Client");
		for (int i = 0; i < 10; i++) {
			this.booking.book(this.fixtures.client("Budget Client " + i), this.booking.standard(), therapist, this.booking.room(),
					this.booking.at(1, DayOfWeek.of(1 + i % 5), 9 + 2 * (i / 5), 0));
		}
		print("/clients/" + client, desk);
		print("/calendar/therapists/" + therapist + "?view=week&date=" + java.time.LocalDate.now().plusWeeks(1), desk);
		print("/calendar/rooms/" + this.booking.room() + "?view=week&date=" + java.time.LocalDate.now().plusWeeks(1), desk);
	}

	private void print(String path, UserDetails who) throws Exception {
		this.statements.start();
		this.mvc.perform(get(path).with(user(who))).andExpect(status().isOk());
		List<String> sql = this.statements.stop();
		System.out.println("BUDGET " + path + " " + sql.size());
		sql.forEach(s -> System.out.println("BUDGET   " + s.replaceAll("\\s+", " ").substring(0, Math.min(160, s.replaceAll("\\s+", " ").length()))));
	}

}
