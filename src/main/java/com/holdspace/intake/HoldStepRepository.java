package com.holdspace.intake;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface HoldStepRepository extends JpaRepository<HoldStep, Long> {

	List<HoldStep> findByHoldIdIn(Collection<Long> holdIds);

}
