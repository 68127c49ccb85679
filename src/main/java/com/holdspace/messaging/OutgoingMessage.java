package com.holdspace.messaging;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An email waiting to go out, written in the same transaction as the change it reports. The
 * optional calendar is an iCalendar text sent as an .ics attachment.
 * <p>
 * A message with a secret link (a portal invitation, a waitlist offer) stores {@link #LINK} in its
 * body where the link goes, and the link itself beside it, encrypted: the link is put into the text
 * only in memory, as the email is sent, and is dropped once it has gone (or will never go), so no
 * stored row holds a link that still opens anything.
 * <p>
 * Sent: {@code sent_at} is set. Waiting: {@code sent_at} is null and {@code attempts} is below
 * {@code holdspace.mail.max-attempts}. Given up: unsent with {@code attempts} at the limit, and
 * {@code last_error} saying why: the last delivery failure, or "No longer applies: ..." for a
 * reminder withdrawn because its session was cancelled or moved before it could go out.
 */
@Entity
@Table(name = "outgoing_message")
public class OutgoingMessage {

	/** Where the secret link goes in a body. */
	public static final String LINK = "{{link}}";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "booking_id")
	private Long bookingId;

	private String kind;

	private String recipient;

	private String subject;

	private String body;

	private String calendar;

	@Column(name = "dedupe_key")
	private String dedupeKey;

	@Column(name = "sent_at")
	private Instant sentAt;

	private int attempts;

	@Column(name = "last_error")
	private String lastError;

	@Convert(converter = EncryptedLink.class)
	private String link;

	protected OutgoingMessage() {
	}

	public OutgoingMessage(Long bookingId, String kind, String recipient, String subject, String body,
			String calendar, String dedupeKey, Instant createdAt) {
		this(bookingId, kind, recipient, subject, body, calendar, dedupeKey, null, createdAt);
	}

	OutgoingMessage(Long bookingId, String kind, String recipient, String subject, String body, String calendar,
			String dedupeKey, String link, Instant createdAt) {
		if (link != null && !body.contains(LINK)) {
			throw new IllegalArgumentException("A body with a link has the mark " + LINK + " where it goes");
		}
		this.link = link;
		this.bookingId = bookingId;
		this.kind = kind;
		this.recipient = recipient;
		this.subject = subject;
		this.body = body;
		this.calendar = calendar;
		this.dedupeKey = dedupeKey;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Long getBookingId() {
		return this.bookingId;
	}

	public String getKind() {
		return this.kind;
	}

	public String getRecipient() {
		return this.recipient;
	}

	public String getSubject() {
		return this.subject;
	}

	/** The body as stored: a secret link is the mark {@link #LINK}. */
	public String getBody() {
		return this.body;
	}

	/** The text that goes out, with its link; never stored. */
	String textToSend() {
		return (this.link != null) ? this.body.replace(LINK, this.link) : this.body;
	}

	boolean hasLink() {
		return this.link != null;
	}

	public String getCalendar() {
		return this.calendar;
	}

	public String getDedupeKey() {
		return this.dedupeKey;
	}

	public Instant getSentAt() {
		return this.sentAt;
	}

	public int getAttempts() {
		return this.attempts;
	}

	public String getLastError() {
		return this.lastError;
	}

	void sent(Instant at) {
		this.link = null;
		this.sentAt = at;
		this.attempts++;
		this.lastError = null;
	}

	void failed(String error) {
		this.attempts++;
		this.lastError = error;
	}

	/**
	 * Not to be sent, ever: a reminder whose session was cancelled or moved while it waited. It stays
	 * unsent, its attempts are raised to the limit so the sender never picks it again, and the last
	 * error says why (there is no column of its own for this; sent_at stays for what really went out).
	 */
	void withdrawn(String reason, int maxAttempts) {
		this.link = null;
		this.attempts = Math.max(this.attempts, maxAttempts);
		this.lastError = reason;
	}

}
