package com.holdspace.booking;

import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

import com.holdspace.shared.ConstraintNames;
import com.holdspace.shared.NamedThings;
import com.holdspace.shared.Refused;

/**
 * Adding and changing the kinds of session the clinic offers. A changed duration or quiet time
 * applies to bookings made from then on; bookings already made keep the times they were given.
 */
@Service
class SessionTypeService {

	private final SessionTypeRepository types;

	private final NamedThings<SessionType> things;

	SessionTypeService(SessionTypeRepository types, PlatformTransactionManager transactions) {
		this.types = types;
		this.things = new NamedThings<>("Session type", types, types::findByCreationToken,
				SessionTypeService::translate, transactions);
	}

	/** Adds the type once per creation token; refuses a name another type has. */
	SessionType add(UUID creationToken, SessionTypeDetails details) {
		return this.things.add(creationToken, () -> {
			refuseTakenName(details.name(), null);
			SessionType type = new SessionType(details.name(), details.description(), details.durationMinutes(),
					details.bufferMinutes(), details.involvesTouch(), details.sortOrder());
			type.setActive(details.active());
			type.offerOnline(details.onlineForNew(), details.onlineForReturning());
			type.setCreationToken(creationToken);
			return type;
		});
	}

	/** Saves an edit made on the given version; refuses if someone saved since. */
	SessionType change(long id, int editedVersion, SessionTypeDetails details) {
		return this.things.change(id, editedVersion, type -> {
			refuseTakenName(details.name(), id);
			type.change(details.name(), details.description(), details.durationMinutes(), details.bufferMinutes(),
					details.involvesTouch(), details.sortOrder());
			type.setActive(details.active());
			type.offerOnline(details.onlineForNew(), details.onlineForReturning());
		});
	}

	private void refuseTakenName(String name, Long self) {
		boolean taken = this.types.findAll()
			.stream()
			.anyMatch(type -> !type.getId().equals(self) && type.getName().equalsIgnoreCase(name));
		if (taken) {
			throw new Refused("name", "sessionTypes.error.nameTaken");
		}
	}

	private static RuntimeException translate(DataIntegrityViolationException refused) {
		if (ConstraintNames.violated(refused, "session_type_name_key")) {
			return new Refused("name", "sessionTypes.error.nameTaken");
		}
		return refused;
	}

}
