package com.holdspace.consent;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConsentDocumentVersionRepository extends JpaRepository<ConsentDocumentVersion, Long> {

	Optional<ConsentDocumentVersion> findFirstByKindOrderByNumberDesc(ConsentKind kind);

	List<ConsentDocumentVersion> findByKindOrderByNumberDesc(ConsentKind kind);

	Optional<ConsentDocumentVersion> findByKindAndNumber(ConsentKind kind, int number);

}
