package com.holdspace.consent;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConsentWithdrawalRepository extends JpaRepository<ConsentWithdrawal, Long> {

	List<ConsentWithdrawal> findByConsentIdIn(Collection<Long> consentIds);

	Optional<ConsentWithdrawal> findByConsentId(long consentId);

}
