package com.holdspace.intake;

/** How the client's provider was consulted before a consult-provider flag was cleared. */
public enum ConsultBasis {

	/** The therapist talked with the provider: only with the client's provider-communication consent. */
	SPOKE_WITH_PROVIDER,

	/** The client asked their provider and told the therapist what they advised. */
	CLIENT_CONSULTED,

	/** The provider's advice in writing (a letter or an email). */
	WRITTEN_ADVICE

}
