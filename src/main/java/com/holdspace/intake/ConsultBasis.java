package com.holdspace.intake;

import org.springframework.modulith.NamedInterface;

/** How the client's provider was consulted before a consult-provider flag was cleared. */
@NamedInterface("api")
public enum ConsultBasis {

	/** The therapist talked with the provider: only with the client's provider-communication consent. */
	SPOKE_WITH_PROVIDER,

	/** The client asked their provider and told the therapist what they advised. */
	CLIENT_CONSULTED,

	/** The provider's advice in writing (a letter or an email). */
	WRITTEN_ADVICE

}
