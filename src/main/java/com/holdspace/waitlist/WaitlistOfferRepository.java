package com.holdspace.waitlist;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface WaitlistOfferRepository extends JpaRepository<WaitlistOffer, Long> {

	Optional<WaitlistOffer> findByToken(String token);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select o from WaitlistOffer o where o.token = :token")
	Optional<WaitlistOffer> lockByToken(String token);

	List<WaitlistOffer> findByEntryIdInOrderByCreatedAtAsc(Collection<Long> entryIds);

	List<WaitlistOffer> findByEntryIdAndStatus(long entryId, OfferStatus status);

	/** Open offers of this therapist's time that start before {@code before}: candidates for an overlap. */
	@Query("select o from WaitlistOffer o where o.status = com.holdspace.waitlist.OfferStatus.OPEN and o.therapistId = :therapistId and o.expiresAt > :now and o.startsAt < :before")
	List<WaitlistOffer> openForTherapist(long therapistId, Instant now, Instant before);

	boolean existsByEntryIdAndStatusAndExpiresAtAfter(long entryId, OfferStatus status, Instant now);

}
