package com.holdspace.booking;

import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.holdspace.shared.ConstraintNames;
import com.holdspace.shared.NotFoundException;
import com.holdspace.shared.Refused;
import com.holdspace.shared.StaleEditException;

/**
 * Adding and changing the kinds of session the clinic offers. A changed duration or quiet time
 * applies to bookings made from then on; bookings already made keep the times they were given.
 */
@Service
class SessionTypeService {

	private final SessionTypeRepository types;

	private final TransactionTemplate writes;

	SessionTypeService(SessionTypeRepository types, PlatformTransactionManager transactions) {
		this.types = types;
		this.writes = new TransactionTemplate(transactions);
	}

	/** Adds the type once per creation token; refuses a name another type has. */
	SessionType add(UUID creationToken, SessionTypeDetails details) {
		try {
			return this.writes.execute(status -> {
				var already = this.types.findByCreationToken(creationToken);
				if (already.isPresent()) {
					return already.get();
				}
				refuseTakenName(details.name(), null);
				SessionType type = new SessionType(details.name(), details.description(), details.durationMinutes(),
						details.bufferMinutes(), details.involvesTouch(), details.sortOrder());
				type.setActive(details.active());
				type.setCreationToken(creationToken);
				return this.types.saveAndFlush(type);
			});
		}
		catch (DataIntegrityViolationException race) {
			return this.types.findByCreationToken(creationToken).orElseThrow(() -> translate(race));
		}
	}

	/** Saves an edit made on the given version; refuses if someone saved since. */
	SessionType change(long id, int editedVersion, SessionTypeDetails details) {
		try {
			return this.writes.execute(status -> {
				SessionType type = this.types.findById(id).orElseThrow(() -> new NotFoundException("Session type", id));
				if (type.getVersion() != editedVersion) {
					throw new StaleEditException("Session type", id);
				}
				refuseTakenName(details.name(), id);
				type.change(details.name(), details.description(), details.durationMinutes(), details.bufferMinutes(),
						details.involvesTouch(), details.sortOrder());
				type.setActive(details.active());
				return this.types.saveAndFlush(type);
			});
		}
		catch (ObjectOptimisticLockingFailureException race) {
			throw new StaleEditException("Session type", id);
		}
		catch (DataIntegrityViolationException refused) {
			throw translate(refused);
		}
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
