package com.holdspace.shared;

/**
 * A named thing an admin adds, renames and retires: a room, a site, a kind of session, an aftercare
 * suggestion. Retired, it stays for what already points at it and is no longer offered. This is
 * what the list in {@code fragments/admin-list.html} reads of each.
 */
public interface Retirable {

	Long getId();

	int getVersion();

	String getName();

	boolean isActive();

}
