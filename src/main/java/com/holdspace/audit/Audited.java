package com.holdspace.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.modulith.NamedInterface;

/**
 * A request that reaches a clinical record: once it is answered, the audit log records who, when,
 * from where, which client and how it went. The client is the path variable named by
 * {@link #client()}, or whatever the handler names with {@link AuditLog#concerns(long)}.
 * <p>
 * A therapist reaches it only for a client in their care (see
 * {@link com.holdspace.shared.CareRelationship}); for any other client it answers as not found,
 * before the handler runs. Admin reaches every client's; the security rules keep everyone else out
 * of clinical records before this is asked.
 */
@NamedInterface("api")
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Audited {

	AuditAction value();

	/**
	 * The path variable that holds the client's id; {@code session:id} for a session record's id,
	 * whose client is looked up; empty when the handler names the client itself or there is none.
	 */
	String client() default "clientId";

	/** Whether a therapist must be in care of the client named by {@link #client()}. */
	Care care() default Care.REQUIRED;

	/** How a request stands to the care relationship of a therapist with the client. */
	enum Care {

		/** A clinical record: a therapist outside the client's care finds nothing there (404). */
		REQUIRED,

		/**
		 * The SAFE intake, whose completion starts care: open to any therapist while the client has
		 * no completed intake (there is nothing clinical to read yet), then as {@link #REQUIRED}.
		 */
		FIRST_INTAKE,

		/** Nothing clinical: the client's name and contact details, as the desk sees them. */
		NONE

	}

}
