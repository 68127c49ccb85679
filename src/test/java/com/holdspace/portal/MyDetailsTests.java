package com.holdspace.portal;

import static com.holdspace.SignedIn.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.booking.Actor;
import com.holdspace.booking.BookingFixtures;
import com.holdspace.booking.BookingService;
import com.holdspace.consent.ConsentFixtures;
import com.holdspace.staff.HoldspaceUser;
import com.holdspace.staff.Role;

@IntegrationTest
class MyDetailsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	UserDetailsService users;

	@Autowired
	ConsentFixtures consents;

	@Autowired
	BookingFixtures booking;

	@Autowired
	BookingService bookings;

	@Test
	void aClientSeesTheirOwnDetailsAndNobodyElses() throws Exception {
		var marisol = this.users.loadUserByUsername(this.fixtures.clientWithLogin("Marisol Quintero"));
		var ingrid = this.users.loadUserByUsername(this.fixtures.clientWithLogin("Ingrid Solberg"));

		this.mvc.perform(get("/me").with(user(marisol)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Marisol Quintero")))
			.andExpect(content().string(not(containsString("Ingrid Solberg"))));
		this.mvc.perform(get("/me").with(user(ingrid)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ingrid Solberg")))
			.andExpect(content().string(not(containsString("Marisol Quintero"))));
	}

	@Test
	void aClientDownloadsTheirOwnSignedConsentButNotAnyoneElses() throws Exception {
		String email = this.fixtures.clientWithLogin("Priya Natarajan");
		var me = (HoldspaceUser) this.users.loadUserByUsername(email);
		long therapist = this.fixtures.staffId(this.fixtures.staffMember(Role.THERAPIST));
		long mine = this.consents.signTreatment(me.getClientId(), therapist);
		long someoneElses = this.consents.signTreatment(this.fixtures.client("Someone Else Signed"), therapist);

		this.mvc.perform(get("/me").with(user(me)))
			.andExpect(content().string(containsString("/me/consents/" + mine + "/pdf")))
			.andExpect(content().string(not(containsString("/me/consents/" + someoneElses + "/pdf"))));
		this.mvc.perform(get("/me/consents/" + mine + "/pdf").with(user(me)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF));
		this.mvc.perform(get("/me/consents/" + someoneElses + "/pdf").with(user(me))).andExpect(status().isNotFound());
	}

	@Test
	void aClientStartsOnTheirOwnPage() throws Exception {
		var me = this.users.loadUserByUsername(this.fixtures.clientWithLogin("Tomasz Wiśniewski"));

		this.mvc.perform(get("/").with(user(me))).andExpect(redirectedUrl("/me"));
	}

	@Test
	void aClientSeesTheirOwnComingSessionsButNotCancelledOnesNorAnyoneElses() throws Exception {
		var me = (HoldspaceUser) this.users.loadUserByUsername(this.fixtures.clientWithLogin("Rosa Delgado"));
		long other = this.fixtures.client("Someone Else Booked");
		long therapist = this.booking.therapist();
		long room = this.booking.room();
		this.booking.book(me.getClientId(), this.booking.extended(), therapist, room,
				this.booking.at(1, DayOfWeek.TUESDAY, 10, 0));
		var cancelled = this.booking.book(me.getClientId(), this.booking.standard(), therapist, room,
				this.booking.at(1, DayOfWeek.WEDNESDAY, 13, 0));
		this.bookings.cancel(cancelled.id(), cancelled.version(), "Client asked", new Actor(null, "Desk"));
		this.booking.book(other, this.booking.standard(), therapist, room, this.booking.at(1, DayOfWeek.THURSDAY, 15, 0));

		String page = this.mvc.perform(get("/me").with(user(me)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Your sessions", "10:00 to 11:30: Extended session")
			.doesNotContain("13:00 to", "15:00 to", "Someone Else Booked");
	}

}
