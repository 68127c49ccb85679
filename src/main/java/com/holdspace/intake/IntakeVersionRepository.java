package com.holdspace.intake;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IntakeVersionRepository extends JpaRepository<IntakeVersion, Long> {

	List<IntakeVersion> findByClientIdOrderByNumberDesc(long clientId);

	Optional<IntakeVersion> findFirstByClientIdOrderByNumberDesc(long clientId);

	Optional<IntakeVersion> findByClientIdAndNumber(long clientId, int number);

	Optional<IntakeVersion> findByCompletionTokenAndClientId(UUID completionToken, long clientId);

	/** The latest version with the draft beside it, if any: one read for the client page's card. */
	@Query("select v, d from IntakeVersion v left join IntakeDraft d on d.clientId = v.clientId"
			+ " where v.clientId = :clientId order by v.number desc limit 1")
	List<Object[]> findLatestWithDraft(long clientId);

	@Query("select coalesce(max(v.number), 0) from IntakeVersion v where v.clientId = :clientId")
	int lastNumber(long clientId);

}
