package com.holdspace.intake;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SelfFillSittingRepository extends JpaRepository<SelfFillSitting, Long> {

	Optional<SelfFillSitting> findByClientIdAndFinishedAtIsNull(long clientId);

	Optional<SelfFillSitting> findFirstByClientIdAndSavedAtIsNotNullOrderBySavedAtDesc(long clientId);

	boolean existsByClientIdAndFinishedAtIsNotNull(long clientId);

	/** The last sitting that saved answers before a moment (a version's completion). */
	Optional<SelfFillSitting> findFirstByClientIdAndSavedAtIsNotNullAndSavedAtBeforeOrderBySavedAtDesc(long clientId,
			Instant before);

}
