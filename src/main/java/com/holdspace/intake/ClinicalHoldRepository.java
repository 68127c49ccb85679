package com.holdspace.intake;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClinicalHoldRepository extends JpaRepository<ClinicalHold, Long> {

	List<ClinicalHold> findByClientIdOrderByRaisedAtDesc(long clientId);

	boolean existsByClientIdAndKindAndClearedAtIsNull(long clientId, FlagKind kind);

	default List<Long> clientsWithOpenHold(Collection<Long> clientIds, FlagKind kind) {
		return clientIds.isEmpty() ? List.of() : clientsWithOpenHold(clientIds.toArray(Long[]::new), kind.name());
	}

	/** The ids as one array parameter: a collection bound to {@code in} costs Hibernate an exception a call. */
	@Query(value = """
			select distinct h.client_id from clinical_hold h
			where h.client_id = any(:clientIds) and h.kind = :kind and h.cleared_at is null""", nativeQuery = true)
	List<Long> clientsWithOpenHold(Long[] clientIds, String kind);

}
