package com.holdspace.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A request that reaches a clinical record: once it is answered, the audit log records who, when,
 * from where, which client and how it went. The client is the path variable named by
 * {@link #client()}, or whatever the handler names with {@link AuditLog#concerns(long)}.
 */
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

}
