package com.holdspace.client;

import org.springframework.modulith.NamedInterface;

/**
 * A client's email address changed. Published in the transaction that changes it, so whatever was
 * sent to the old address (a portal invitation) can be ended in the same transaction.
 */
@NamedInterface("api")
public record ClientEmailChanged(long clientId, String oldEmail, String newEmail) {
}
