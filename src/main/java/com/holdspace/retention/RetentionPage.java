package com.holdspace.retention;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The review page in one read-only transaction: the rule, who is due, and the latest decisions. */
@Component
class RetentionPage {

	record View(RetentionRule rule, List<DueClient> due, List<Decision> decisions) {
	}

	private final RetentionReviews reviews;

	RetentionPage(RetentionReviews reviews) {
		this.reviews = reviews;
	}

	@Transactional(readOnly = true)
	View read() {
		return new View(this.reviews.rule(), this.reviews.pending(), this.reviews.recentDecisions());
	}

}
