package com.holdspace.site;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.holdspace.shared.NotFoundException;
import com.holdspace.shared.ReferenceData;

/** Read-only view of the sites for other features: pickers, and where a new room or login goes. */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class Sites {

	private final SiteRepository sites;

	private final ReferenceData kept;

	Sites(SiteRepository sites, ReferenceData kept) {
		this.sites = sites;
		this.kept = kept;
	}

	/** Every site by name, kept in memory: the calendar and most forms offer them. */
	public List<Site> all() {
		return this.kept.get(ReferenceData.SITES, "all", () -> List.copyOf(this.sites.findAllByOrderByName()));
	}

	/** Sites offered for new rooms, new staff and the calendar's site switch. */
	public List<Site> active() {
		return all().stream().filter(Site::isActive).toList();
	}

	/** Whether a site of this id exists, in use or not. */
	public boolean exists(long id) {
		return id > 0 && all().stream().anyMatch(site -> site.getId() == id);
	}

	public Site get(long id) {
		return this.sites.findById(id).orElseThrow(() -> new NotFoundException("Site", id));
	}

	/**
	 * Where a room or a login goes when nobody chose: the first site in use, which is the
	 * database's own default while the first site is in use. A clinic with one site never sees a
	 * choice.
	 */
	public long defaultSiteId() {
		List<Site> byId = all().stream().sorted(java.util.Comparator.comparing(Site::getId)).toList();
		return byId.stream()
			.filter(Site::isActive)
			.findFirst()
			.or(() -> byId.stream().findFirst())
			.map(Site::getId)
			.orElseThrow(() -> new IllegalStateException("The database holds no site; migration V24 adds one"));
	}

	/** The sites a form offers, keeping {@code current} among them even once it is out of use. */
	public SiteChoice choice(Long current) {
		List<Site> all = all();
		return new SiteChoice(all.stream().filter(site -> site.isActive() || site.getId().equals(current)).toList(),
				all.stream().collect(Collectors.toMap(Site::getId, Site::getName)), all.size() > 1);
	}

	/** The chosen site if it is active, otherwise the default one. */
	public long activeOrDefault(Long siteId) {
		if (siteId != null && all().stream().anyMatch(site -> site.getId().equals(siteId) && site.isActive())) {
			return siteId;
		}
		return defaultSiteId();
	}

}
