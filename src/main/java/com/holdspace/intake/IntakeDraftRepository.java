package com.holdspace.intake;

import org.springframework.data.jpa.repository.JpaRepository;

interface IntakeDraftRepository extends JpaRepository<IntakeDraft, Long> {

}
