package com.holdspace.site;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SiteRepository extends JpaRepository<Site, Long> {

	Optional<Site> findByCreationToken(UUID creationToken);

	List<Site> findAllByOrderByName();

	List<Site> findByActiveTrueOrderByName();

	Optional<Site> findFirstByOrderById();

	Optional<Site> findFirstByActiveTrueOrderById();

	long countByActiveTrue();

	boolean existsByNameIgnoreCaseAndIdNot(String name, long id);

}
