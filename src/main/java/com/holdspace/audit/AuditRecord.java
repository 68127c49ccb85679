package com.holdspace.audit;

import java.time.Instant;

/** One line of the audit log, as written and as read back. */
public record AuditRecord(long position, Instant occurredAt, Long accountId, String actor, String role, Long clientId,
		AuditAction action, String subject, Integer status, String address) {
}
