package com.holdspace.booking;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import com.holdspace.site.KnownSite;

/** Adding or renaming a room. The token makes a double-tapped "Add" add one room. */
public class RoomForm {

	private UUID creationToken = UUID.randomUUID();

	private Integer version;

	@NotBlank(message = "{validation.required}")
	@Size(max = 80, message = "{validation.tooLong}")
	private String name;

	/** Empty when the clinic has one site: the room goes there. */
	@KnownSite
	private Long siteId;

	static RoomForm from(Room room) {
		var form = new RoomForm();
		form.version = room.getVersion();
		form.name = room.getName();
		form.siteId = room.getSiteId();
		return form;
	}

	public Long getSiteId() {
		return this.siteId;
	}

	public void setSiteId(Long siteId) {
		this.siteId = siteId;
	}

	public UUID getCreationToken() {
		return this.creationToken;
	}

	public void setCreationToken(UUID creationToken) {
		this.creationToken = creationToken;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

}
