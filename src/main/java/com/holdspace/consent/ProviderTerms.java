package com.holdspace.consent;

import java.time.LocalDate;

/** Who the clinic may talk to, about what, and until when. */
record ProviderTerms(String name, String contact, String scope, LocalDate expiresOn) {
}
