package com.holdspace.messaging;

/** What an outgoing email is about, as stored in {@code outgoing_message.kind}. */
enum MessageKind {

	CONFIRMATION, MOVED, CANCELLATION, REMINDER

}
