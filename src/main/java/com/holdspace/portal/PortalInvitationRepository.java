package com.holdspace.portal;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PortalInvitationRepository extends JpaRepository<PortalInvitation, Long> {

	Optional<PortalInvitation> findByTokenSha256(String tokenSha256);

	/** The same, locked: accepting and revoking one link never cross. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select i from PortalInvitation i where i.tokenSha256 = :tokenSha256")
	Optional<PortalInvitation> lockByTokenSha256(String tokenSha256);

	@Query("select i from PortalInvitation i where i.clientId = :clientId and i.acceptedAt is null and i.revokedAt is null")
	Optional<PortalInvitation> findOpen(long clientId);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select i from PortalInvitation i where i.clientId = :clientId and i.acceptedAt is null and i.revokedAt is null")
	Optional<PortalInvitation> lockOpen(long clientId);

	/** Whether another client's open invitation goes to this email, whatever its case. */
	@Query("""
			select count(i) > 0 from PortalInvitation i where lower(i.email) = lower(:email) and i.clientId <> :clientId
			and i.acceptedAt is null and i.revokedAt is null""")
	boolean openForOthers(String email, long clientId);

}
