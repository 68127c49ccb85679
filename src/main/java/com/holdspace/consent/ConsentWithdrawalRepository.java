package com.holdspace.consent;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ConsentWithdrawalRepository extends JpaRepository<ConsentWithdrawal, Long> {

	default List<ConsentWithdrawal> findByConsentIdIn(Collection<Long> consentIds) {
		return consentIds.isEmpty() ? List.of() : findByConsentIdIn(consentIds.toArray(Long[]::new));
	}

	/** The ids as one array parameter: a collection bound to {@code in} costs Hibernate an exception a call. */
	@Query(value = "select * from consent_withdrawal where consent_id = any(:consentIds)", nativeQuery = true)
	List<ConsentWithdrawal> findByConsentIdIn(Long[] consentIds);

	Optional<ConsentWithdrawal> findByConsentId(long consentId);

}
