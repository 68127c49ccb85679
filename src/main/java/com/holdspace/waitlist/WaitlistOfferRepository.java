package com.holdspace.waitlist;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface WaitlistOfferRepository extends JpaRepository<WaitlistOffer, Long> {

	Optional<WaitlistOffer> findByTokenSha256(String tokenSha256);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select o from WaitlistOffer o where o.tokenSha256 = :tokenSha256")
	Optional<WaitlistOffer> lockByTokenSha256(String tokenSha256);

	default List<WaitlistOffer> findByEntryIdInOrderByCreatedAtAsc(Collection<Long> entryIds) {
		return entryIds.isEmpty() ? List.of() : findByEntryIdInOrderByCreatedAtAsc(entryIds.toArray(Long[]::new));
	}

	/** The ids as one array parameter: a collection bound to {@code in} costs Hibernate an exception a call. */
	@Query(value = "select * from waitlist_offer where entry_id = any(:entryIds) order by created_at",
			nativeQuery = true)
	List<WaitlistOffer> findByEntryIdInOrderByCreatedAtAsc(Long[] entryIds);

	List<WaitlistOffer> findByEntryIdAndStatus(long entryId, OfferStatus status);

	/** Open offers of this therapist's time that start before {@code before}: candidates for an overlap. */
	@Query("select o from WaitlistOffer o where o.status = com.holdspace.waitlist.OfferStatus.OPEN and o.therapistId = :therapistId and o.expiresAt > :now and o.startsAt < :before")
	List<WaitlistOffer> openForTherapist(long therapistId, Instant now, Instant before);

	boolean existsByEntryIdAndStatus(long entryId, OfferStatus status);

	/**
	 * Whether this entry was offered this therapist's time at this start before. An offer someone
	 * else beat them to does not count: if that booking is cancelled, they may have the time.
	 */
	@Query("select count(o) > 0 from WaitlistOffer o where o.entryId = :entryId and o.therapistId = :therapistId and o.startsAt = :startsAt and o.status <> com.holdspace.waitlist.OfferStatus.TAKEN")
	boolean offeredBefore(long entryId, long therapistId, Instant startsAt);

	/** Closes every open offer whose time to answer ran out by {@code now}; answers how many. */
	@Modifying
	@Query(value = """
			update waitlist_offer set status = 'EXPIRED', version = version + 1, updated_at = :now
			where status = 'OPEN' and expires_at <= :now""", nativeQuery = true)
	int expireStale(Instant now);

	/** Offers that closed unbooked and whose time has not been passed on yet, oldest first. */
	@Query(value = """
			select * from waitlist_offer where status = 'EXPIRED' and passed_on_at is null
			order by id limit :limit""", nativeQuery = true)
	List<WaitlistOffer> toPassOn(int limit);

	/** Bookkeeping only: no version bump, so nobody's edit of the offer goes stale over it. */
	@Modifying
	@Query(value = "update waitlist_offer set passed_on_at = :now where id = :id", nativeQuery = true)
	int passedOn(long id, Instant now);

}
