package com.holdspace.portal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PortalInvitationRepository extends JpaRepository<PortalInvitation, Long> {

	Optional<PortalInvitation> findByTokenSha256(String tokenSha256);

	@Query("select i from PortalInvitation i where i.clientId = :clientId and i.acceptedAt is null and i.revokedAt is null")
	Optional<PortalInvitation> findOpen(long clientId);

}
