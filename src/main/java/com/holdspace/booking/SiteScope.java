package com.holdspace.booking;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import com.holdspace.site.Sites;
import com.holdspace.staff.HoldspaceUser;
import com.holdspace.staff.StaffDirectory;

/**
 * Which site a booking page shows: pickers list one site's therapists and rooms, never the whole
 * chain's. The desk starts at their home site and may switch; a clinic with one site sees no switch.
 */
@Component
class SiteScope {

	private final Sites sites;

	private final StaffDirectory staff;

	SiteScope(Sites sites, StaffDirectory staff) {
		this.sites = sites;
		this.staff = staff;
	}

	/** The site asked for if it is in use, else the person's home site, else the default one. */
	long of(HoldspaceUser user, Long asked) {
		if (asked != null) {
			return this.sites.activeOrDefault(asked);
		}
		return this.staff.siteOf(user.getAccountId()).orElseGet(this.sites::defaultSiteId);
	}

	/** The site a therapist works at. */
	long ofTherapist(long therapistId) {
		return this.staff.siteOf(therapistId).orElseGet(this.sites::defaultSiteId);
	}

	/** The sites to switch between (only when there is more than one) and the one on screen. */
	void addChoice(Model model, long siteId) {
		this.sites.choice(siteId).addTo(model);
		model.addAttribute("siteId", siteId);
	}

}
