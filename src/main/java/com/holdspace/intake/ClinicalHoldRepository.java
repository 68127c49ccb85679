package com.holdspace.intake;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClinicalHoldRepository extends JpaRepository<ClinicalHold, Long> {

	List<ClinicalHold> findByClientIdOrderByRaisedAtDesc(long clientId);

	boolean existsByClientIdAndKindAndClearedAtIsNull(long clientId, FlagKind kind);

}
