package com.holdspace.aftercare;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AftercareItemRepository extends JpaRepository<AftercareItem, Long> {

	List<AftercareItem> findAllByOrderByActiveDescSortOrderAscTitleAsc();

	List<AftercareItem> findByActiveTrueOrderBySortOrderAscTitleAsc();

	Optional<AftercareItem> findByCreationToken(UUID creationToken);

}
