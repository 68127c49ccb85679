package com.holdspace.consent;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ConsentDocumentVersionRepository extends JpaRepository<ConsentDocumentVersion, Long> {

	Optional<ConsentDocumentVersion> findFirstByKindOrderByNumberDesc(ConsentKind kind);

	/** Each kind's current text number, without reading the texts themselves. */
	@Query("select new com.holdspace.consent.ConsentDocumentVersionRepository$CurrentNumber(d.kind, max(d.number)) "
			+ "from ConsentDocumentVersion d group by d.kind")
	List<CurrentNumber> currentNumbers();

	record CurrentNumber(ConsentKind kind, int number) {
	}

	List<ConsentDocumentVersion> findByKindOrderByNumberDesc(ConsentKind kind);

	Optional<ConsentDocumentVersion> findByKindAndNumber(ConsentKind kind, int number);

}
