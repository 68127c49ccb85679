package com.holdspace.booking;

import static com.holdspace.SignedIn.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.staff.Role;

/** An admin adds, renames and retires treatment rooms. */
@IntegrationTest
class RoomAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	UserDetailsService users;

	@Autowired
	ClinicResources resources;

	private UserDetails admin;

	@BeforeEach
	void signIn() {
		this.admin = this.users.loadUserByUsername(this.fixtures.staffMember(Role.ADMIN));
	}

	@Test
	void anAddedRoomIsListedAndOfferedForBookings() throws Exception {
		String name = unique("Birch room");

		this.mvc.perform(post("/admin/rooms").with(user(this.admin)).with(csrf())
				.param("creationToken", UUID.randomUUID().toString())
				.param("name", "  " + name + " "))
			.andExpect(redirectedUrl("/admin/rooms"))
			.andExpect(flash().attribute("notice", "rooms.notice.added"));

		assertThat(this.resources.activeRooms()).extracting(Room::getName).contains(name);
		this.mvc.perform(get("/admin/rooms").with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)));
	}

	@Test
	void aNameAnotherRoomHasIsRefusedNextToTheFieldWhateverItsCase() throws Exception {
		String name = unique("Maple room");
		add(name);

		this.mvc.perform(post("/admin/rooms").with(user(this.admin)).with(csrf())
				.param("creationToken", UUID.randomUUID().toString())
				.param("name", name.toUpperCase()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"id=\"name-error\">Another room already has this name. Please choose a different one.")))
			.andExpect(content().string(containsString("value=\"" + name.toUpperCase() + "\"")));
		assertThat(this.resources.rooms()).filteredOn(room -> room.getName().equalsIgnoreCase(name)).hasSize(1);
	}

	@Test
	void aDoubleTappedAddMakesOneRoomAndBothTapsSucceed() throws Exception {
		String name = unique("Rowan room");
		String token = UUID.randomUUID().toString();

		for (int tap = 0; tap < 2; tap++) {
			this.mvc.perform(post("/admin/rooms").with(user(this.admin)).with(csrf())
					.param("creationToken", token)
					.param("name", name))
				.andExpect(redirectedUrl("/admin/rooms"));
		}

		assertThat(this.resources.rooms()).filteredOn(room -> room.getName().equals(name)).hasSize(1);
	}

	@Test
	void aRenamedRoomKeepsItsBookingsUnderItsNewName() throws Exception {
		Room room = add(unique("Hazel room"));
		String renamed = unique("Hazel garden room");

		this.mvc.perform(post("/admin/rooms/" + room.getId()).with(user(this.admin)).with(csrf())
				.param("version", String.valueOf(room.getVersion()))
				.param("name", renamed))
			.andExpect(redirectedUrl("/admin/rooms"))
			.andExpect(flash().attribute("notice", "rooms.notice.renamed"));

		assertThat(this.resources.room(room.getId()).getName()).isEqualTo(renamed);
	}

	@Test
	void aRenameMadeOnAnOldVersionIsRefusedAndTheTypedNameStays() throws Exception {
		Room room = add(unique("Alder room"));
		String theirs = unique("Alder room east");
		this.mvc.perform(post("/admin/rooms/" + room.getId()).with(user(this.admin)).with(csrf())
				.param("version", String.valueOf(room.getVersion()))
				.param("name", theirs))
			.andExpect(status().isFound());

		String mine = unique("Alder room west");
		this.mvc.perform(post("/admin/rooms/" + room.getId()).with(user(this.admin)).with(csrf())
				.param("version", String.valueOf(room.getVersion()))
				.param("name", mine))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this room after you opened it")))
			.andExpect(content().string(containsString("value=\"" + mine + "\"")));

		assertThat(this.resources.room(room.getId()).getName()).isEqualTo(theirs);
	}

	@Test
	void anInactiveRoomIsNotOfferedUntilMadeActiveAgain() throws Exception {
		Room room = add(unique("Elm room"));

		this.mvc.perform(post("/admin/rooms/" + room.getId() + "/active").with(user(this.admin)).with(csrf())
				.param("active", "false")
				.param("version", String.valueOf(room.getVersion())))
			.andExpect(redirectedUrl("/admin/rooms/" + room.getId()))
			.andExpect(flash().attribute("notice", "rooms.notice.inactive"));
		assertThat(this.resources.activeRooms()).extracting(Room::getId).doesNotContain(room.getId());
		this.mvc.perform(get("/admin/rooms/" + room.getId()).with(user(this.admin)))
			.andExpect(content().string(containsString("Make active again")));

		int version = this.resources.room(room.getId()).getVersion();
		this.mvc.perform(post("/admin/rooms/" + room.getId() + "/active").with(user(this.admin)).with(csrf())
				.param("active", "true")
				.param("version", String.valueOf(version)))
			.andExpect(flash().attribute("notice", "rooms.notice.active"));
		assertThat(this.resources.activeRooms()).extracting(Room::getId).contains(room.getId());
	}

	@Test
	void retiringARoomSomeoneJustChangedChangesNothing() throws Exception {
		Room room = add(unique("Ash room"));
		this.mvc.perform(post("/admin/rooms/" + room.getId()).with(user(this.admin)).with(csrf())
				.param("version", String.valueOf(room.getVersion()))
				.param("name", unique("Ash room north")))
			.andExpect(status().isFound());

		this.mvc.perform(post("/admin/rooms/" + room.getId() + "/active").with(user(this.admin)).with(csrf())
				.param("active", "false")
				.param("version", String.valueOf(room.getVersion())))
			.andExpect(flash().attribute("problem", "stale.roomUse"));

		assertThat(this.resources.room(room.getId()).isActive()).isTrue();
	}

	private Room add(String name) throws Exception {
		this.mvc.perform(post("/admin/rooms").with(user(this.admin)).with(csrf())
				.param("creationToken", UUID.randomUUID().toString())
				.param("name", name))
			.andExpect(status().isFound());
		return this.resources.rooms().stream().filter(room -> room.getName().equals(name)).findFirst().orElseThrow();
	}

	private static String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 6);
	}

}
