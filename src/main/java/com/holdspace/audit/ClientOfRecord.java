package com.holdspace.audit;

import java.util.Optional;

import org.springframework.modulith.NamedInterface;

/**
 * Whose record it is, for an {@link Audited} request whose path names a record rather than the
 * client ({@code client = "session:id"}). The module that owns the record answers, so the audit
 * log never reads another module's tables.
 */
@NamedInterface("api")
public interface ClientOfRecord {

	/** The record's name as {@link Audited#client()} gives it before the colon. */
	String record();

	/** The client the record with this id belongs to; empty when there is no such record. */
	Optional<Long> clientOf(long id);

}
