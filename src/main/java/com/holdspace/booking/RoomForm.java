package com.holdspace.booking;

import com.holdspace.shared.NamedForm;
import com.holdspace.site.KnownSite;

/** Adding or renaming a room, at a site. */
public class RoomForm extends NamedForm {

	/** Empty when the clinic has one site: the room goes there. */
	@KnownSite
	private Long siteId;

	static RoomForm from(Room room) {
		var form = new RoomForm();
		form.setVersion(room.getVersion());
		form.setName(room.getName());
		form.siteId = room.getSiteId();
		return form;
	}

	public Long getSiteId() {
		return this.siteId;
	}

	public void setSiteId(Long siteId) {
		this.siteId = siteId;
	}

}
