package com.holdspace.booking;

import org.springframework.modulith.NamedInterface;

/** Whether a client's treatment consent holds today, answered by the consent module. */
@NamedInterface("api")
public interface ConsentReadiness {

	boolean treatmentConsentValid(long clientId);

}
