package com.holdspace.site;

import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

import com.holdspace.shared.ConstraintNames;
import com.holdspace.shared.NamedThings;
import com.holdspace.shared.Refused;

/**
 * Adding, renaming and retiring sites. A retired site keeps its rooms, staff and bookings; it is no
 * longer offered for new rooms and staff, nor in the calendar's site switch.
 */
@Service
class SiteService {

	private final SiteRepository sites;

	private final NamedThings<Site> things;

	SiteService(SiteRepository sites, PlatformTransactionManager transactions) {
		this.sites = sites;
		this.things = new NamedThings<>("Site", sites, sites::findByCreationToken, SiteService::translate,
				transactions);
	}

	/** Adds the site once per creation token; refuses a name another site has. */
	Site add(UUID creationToken, String name) {
		return this.things.add(creationToken, () -> {
			refuseTakenName(name, -1L);
			return new Site(creationToken, name.strip());
		});
	}

	/** Renames the site as edited on the given version; refuses if someone saved since. */
	Site rename(long id, int editedVersion, String name) {
		return this.things.change(id, editedVersion, site -> {
			refuseTakenName(name, id);
			site.rename(name.strip());
		});
	}

	/** Refuses to take the last site in use out of use: rooms and staff need somewhere to be. */
	Site setActive(long id, int editedVersion, boolean active) {
		return this.things.change(id, editedVersion, "Site use", site -> {
			if (!active && site.isActive() && this.sites.countByActiveTrue() <= 1) {
				throw Refused.because("sites.error.lastActive");
			}
			site.setActive(active);
		});
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
