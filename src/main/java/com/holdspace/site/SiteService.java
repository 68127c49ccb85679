package com.holdspace.site;

import java.util.UUID;
import java.util.function.Consumer;

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
 * Adding, renaming and retiring sites. A retired site keeps its rooms, staff and bookings; it is no
 * longer offered for new rooms and staff, nor in the calendar's site switch.
 */
@Service
class SiteService {

	private final SiteRepository sites;

	private final TransactionTemplate writes;

	SiteService(SiteRepository sites, PlatformTransactionManager transactions) {
		this.sites = sites;
		this.writes = new TransactionTemplate(transactions);
	}

	/** Adds the site once per creation token; refuses a name another site has. */
	Site add(UUID creationToken, String name) {
		try {
			return this.writes.execute(status -> this.sites.findByCreationToken(creationToken).orElseGet(() -> {
				refuseTakenName(name, -1L);
				return this.sites.saveAndFlush(new Site(creationToken, name.strip()));
			}));
		}
		catch (DataIntegrityViolationException race) {
			// the same token from a double tap, or the same name from another admin, at the same moment
			return this.sites.findByCreationToken(creationToken).orElseThrow(() -> translate(race));
		}
	}

	/** Renames the site as edited on the given version; refuses if someone saved since. */
	Site rename(long id, int editedVersion, String name) {
		return change(id, editedVersion, "Site", site -> {
			refuseTakenName(name, id);
			site.rename(name.strip());
		});
	}

	/** Refuses to take the last site in use out of use: rooms and staff need somewhere to be. */
	Site setActive(long id, int editedVersion, boolean active) {
		return change(id, editedVersion, "Site use", site -> {
			if (!active && site.isActive() && this.sites.countByActiveTrue() <= 1) {
				throw Refused.because("sites.error.lastActive");
			}
			site.setActive(active);
		});
	}

	private Site change(long id, int editedVersion, String what, Consumer<Site> change) {
		try {
			return this.writes.execute(status -> {
				Site site = this.sites.findById(id).orElseThrow(() -> new NotFoundException("Site", id));
				if (site.getVersion() != editedVersion) {
					throw new StaleEditException(what, id);
				}
				change.accept(site);
				return this.sites.saveAndFlush(site);
			});
		}
		catch (ObjectOptimisticLockingFailureException race) {
			throw new StaleEditException(what, id);
		}
		catch (DataIntegrityViolationException refused) {
			throw translate(refused);
		}
	}

	private void refuseTakenName(String name, long self) {
		if (this.sites.existsByNameIgnoreCaseAndIdNot(name.strip(), self)) {
			throw new Refused("name", "sites.error.nameTaken");
		}
	}

	private static RuntimeException translate(DataIntegrityViolationException refused) {
		return ConstraintNames.violated(refused, "site_name_key") ? new Refused("name", "sites.error.nameTaken") : refused;
	}

}
