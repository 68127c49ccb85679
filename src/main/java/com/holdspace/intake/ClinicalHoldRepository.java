package com.holdspace.intake;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClinicalHoldRepository extends JpaRepository<ClinicalHold, Long> {

	List<ClinicalHold> findByClientIdOrderByRaisedAtDesc(long clientId);

	boolean existsByClientIdAndKindAndClearedAtIsNull(long clientId, FlagKind kind);

	@Query("""
			select distinct h.clientId from ClinicalHold h
			where h.clientId in :clientIds and h.kind = :kind and h.clearedAt is null""")
	List<Long> clientsWithOpenHold(Collection<Long> clientIds, FlagKind kind);

}
