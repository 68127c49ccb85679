package com.holdspace.waitlist;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface WaitlistEntryRepository extends JpaRepository<WaitlistEntry, Long> {

	Optional<WaitlistEntry> findByCreationToken(UUID creationToken);

	/** Waiting entries with their windows, oldest first: the order offers go out in. */
	@Query("select distinct e from WaitlistEntry e left join fetch e.windows where e.status = com.holdspace.waitlist.WaitlistStatus.WAITING order by e.createdAt, e.id")
	List<WaitlistEntry> waiting();

	@Query("select distinct e from WaitlistEntry e left join fetch e.windows where e.clientId = :clientId and e.status = com.holdspace.waitlist.WaitlistStatus.WAITING order by e.createdAt, e.id")
	List<WaitlistEntry> waitingFor(long clientId);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select e from WaitlistEntry e where e.id = :id")
	Optional<WaitlistEntry> lockById(long id);

}
