package com.holdspace.booking;

import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.holdspace.model.NotFoundException;
import com.holdspace.model.StaleEditException;

/**
 * Adding, renaming and retiring treatment rooms. A room is never removed, because bookings point
 * at it; an inactive room is simply not offered for new bookings. Names are unique whatever their
 * case, so the front desk never has to guess which "Willow room" is meant.
 */
@Service
class RoomService {

	private final RoomRepository rooms;

	private final TransactionTemplate writes;

	RoomService(RoomRepository rooms, PlatformTransactionManager transactions) {
		this.rooms = rooms;
		this.writes = new TransactionTemplate(transactions);
	}

	/** Adds the room once per creation token; refuses a name another room has. */
	Room add(UUID creationToken, String name) {
		try {
			return this.writes.execute(status -> {
				var already = this.rooms.findByCreationToken(creationToken);
				if (already.isPresent()) {
					return already.get();
				}
				refuseTakenName(name, null);
				return this.rooms.saveAndFlush(new Room(creationToken, name.strip()));
			});
		}
		catch (DataIntegrityViolationException race) {
			return this.rooms.findByCreationToken(creationToken).orElseThrow(() -> translate(race));
		}
	}

	/** Renames the room as edited on the given version; refuses if someone saved since. */
	Room rename(long id, int editedVersion, String name) {
		return change(id, editedVersion, room -> {
			refuseTakenName(name, id);
			room.rename(name.strip());
		});
	}

	/** An inactive room keeps its bookings but is not offered for new ones. */
	Room setActive(long id, int editedVersion, boolean active) {
		return change(id, editedVersion, room -> room.setActive(active));
	}

	private Room change(long id, int editedVersion, Consumer<Room> change) {
		try {
			return this.writes.execute(status -> {
				Room room = this.rooms.findById(id).orElseThrow(() -> new NotFoundException("Room", id));
				if (room.getVersion() != editedVersion) {
					throw new StaleEditException("Room", id);
				}
				change.accept(room);
				return this.rooms.saveAndFlush(room);
			});
		}
		catch (ObjectOptimisticLockingFailureException race) {
			throw new StaleEditException("Room", id);
		}
		catch (DataIntegrityViolationException refused) {
			throw translate(refused);
		}
	}

	private void refuseTakenName(String name, Long self) {
		boolean taken = this.rooms.findAll()
			.stream()
			.anyMatch(room -> !room.getId().equals(self) && room.getName().equalsIgnoreCase(name.strip()));
		if (taken) {
			throw new ResourceRefusedException("name", "rooms.error.nameTaken");
		}
	}

	/** Two admins adding the same name at the same moment: the database's unique key decides. */
	private static RuntimeException translate(DataIntegrityViolationException refused) {
		if (ConstraintNames.violated(refused, "room_name_key")) {
			return new ResourceRefusedException("name", "rooms.error.nameTaken");
		}
		return refused;
	}

}
