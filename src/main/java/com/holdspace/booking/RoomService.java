package com.holdspace.booking;

import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

import com.holdspace.shared.ConstraintNames;
import com.holdspace.shared.NamedThings;
import com.holdspace.shared.Refused;
import com.holdspace.site.Sites;

/**
 * Adding, renaming and retiring treatment rooms. A room is never removed, because bookings point
 * at it; an inactive room is simply not offered for new bookings. Names are unique whatever their
 * case within a site, so the front desk never has to guess which "Willow room" is meant.
 */
@Service
class RoomService {

	private final RoomRepository rooms;

	private final Sites sites;

	private final NamedThings<Room> things;

	RoomService(RoomRepository rooms, Sites sites, PlatformTransactionManager transactions) {
		this.rooms = rooms;
		this.sites = sites;
		this.things = new NamedThings<>("Room", rooms, rooms::findByCreationToken, RoomService::translate,
				transactions);
	}

	/**
	 * Adds the room once per creation token, at the given site (the default one if none is chosen);
	 * refuses a name another room of that site has.
	 */
	Room add(UUID creationToken, String name, Long siteId) {
		return this.things.add(creationToken, () -> {
			long site = this.sites.activeOrDefault(siteId);
			refuseTakenName(name, null, site);
			return new Room(creationToken, name.strip(), site);
		});
	}

	/**
	 * Renames the room, or moves it to another site, as edited on the given version; refuses if
	 * someone saved since. Bookings already made stay as they are.
	 */
	Room rename(long id, int editedVersion, String name, Long siteId) {
		return this.things.change(id, editedVersion, room -> {
			// the room's own site stays itself, even if it has since been made inactive
			long site = (siteId == null || siteId == room.getSiteId()) ? room.getSiteId()
					: this.sites.activeOrDefault(siteId);
			refuseTakenName(name, id, site);
			room.rename(name.strip());
			room.moveTo(site);
		});
	}

	/** An inactive room keeps its bookings but is not offered for new ones. */
	Room setActive(long id, int editedVersion, boolean active) {
		return this.things.change(id, editedVersion, "Room use", room -> room.setActive(active));
	}

	private void refuseTakenName(String name, Long self, long siteId) {
		boolean taken = this.rooms.findBySiteId(siteId)
			.stream()
			.anyMatch(room -> !room.getId().equals(self) && room.getName().equalsIgnoreCase(name.strip()));
		if (taken) {
			throw new Refused("name", "rooms.error.nameTaken");
		}
	}

	/** Two admins adding the same name at the same moment: the database's unique key decides. */
	private static RuntimeException translate(DataIntegrityViolationException refused) {
		if (ConstraintNames.violated(refused, "room_site_name_key")) {
			return new Refused("name", "rooms.error.nameTaken");
		}
		if (ConstraintNames.violated(refused, "room_site_bookings_ahead")) {
			return new Refused("siteId", "rooms.error.bookingsAhead");
		}
		return refused;
	}

}
