package com.holdspace.retention;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * On the first of each month, early in the morning on the clinic's clock, lists the clients whose
 * records' time has passed, for an admin to decide on. It never disposes of anything: only an
 * admin's confirmation does. One instance at a time.
 */
@Component
class RetentionReviewJob {

	private static final Logger log = LoggerFactory.getLogger(RetentionReviewJob.class);

	private final RetentionReviews reviews;

	RetentionReviewJob(RetentionReviews reviews) {
		this.reviews = reviews;
	}

	@Scheduled(cron = "0 15 3 1 * *", zone = "${holdspace.clinic.time-zone:Europe/London}")
	@SchedulerLock(name = "retention-review", lockAtMostFor = "PT2H")
	void monthly() {
		int listed = this.reviews.listDue();
		log.info("Retention review: {} client record(s) listed for an admin to decide on", listed);
	}

}
