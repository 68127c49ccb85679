package com.holdspace.records;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RecordExportRepository extends JpaRepository<RecordExport, Long> {

	Optional<RecordExport> findByCreationToken(UUID token);

	Optional<RecordExport> findByIdAndClientId(long id, long clientId);

	/** The oldest queued export, locked, passing over one another job already holds. */
	@Query(value = """
			select * from record_export where status = 'QUEUED' order by asked_at, id limit 1
			for update skip locked""", nativeQuery = true)
	Optional<RecordExport> claimNext();

	/** Exports whose writer stopped answering: their progress has not moved since {@code before}. */
	@Query("select e from RecordExport e where e.status = com.holdspace.records.ExportStatus.WRITING and e.updatedAt < :before")
	List<RecordExport> findStalled(Instant before);

	/** A client's open request, if they have one (never more than one: V63). */
	@Query("select e from RecordExport e where e.clientId = :clientId and e.askedBy = com.holdspace.records.AskedBy.CLIENT and e.status <> com.holdspace.records.ExportStatus.RELEASED")
	Optional<RecordExport> findOpenRequest(long clientId);

	/** A client's exports, their open request first, then the newest. */
	@Query("""
			select e from RecordExport e where e.clientId = :clientId
			order by case when e.askedBy = com.holdspace.records.AskedBy.CLIENT and e.status <> com.holdspace.records.ExportStatus.RELEASED then 0 else 1 end, e.askedAt desc, e.id desc""")
	List<RecordExport> findForClient(long clientId, Pageable page);

	/** What a client sees of their own: their requests and whatever was released to them, newest first. */
	@Query("""
			select e from RecordExport e where e.clientId = :clientId and (e.askedBy = com.holdspace.records.AskedBy.CLIENT or e.status = com.holdspace.records.ExportStatus.RELEASED)
			order by e.askedAt desc, e.id desc""")
	List<RecordExport> findShownToClient(long clientId, Pageable page);

	/** Clients' requests still open, the soonest due first, and those released since {@code since}. */
	@Query("""
			select e from RecordExport e where e.askedBy = com.holdspace.records.AskedBy.CLIENT and (e.status <> com.holdspace.records.ExportStatus.RELEASED or e.releasedAt >= :since)
			order by case when e.status = com.holdspace.records.ExportStatus.RELEASED then 1 else 0 end, e.dueBy, e.askedAt, e.id""")
	List<RecordExport> findRequests(Instant since, Pageable page);

	/** Clients' requests still open, the soonest due first. */
	@Query("""
			select e from RecordExport e where e.askedBy = com.holdspace.records.AskedBy.CLIENT
			and e.status <> com.holdspace.records.ExportStatus.RELEASED order by e.dueBy, e.askedAt, e.id""")
	List<RecordExport> findOpenRequests(Pageable page);

	/** Files that ran out and are still kept. */
	@Query("select e from RecordExport e where e.expiresAt < :now and e.removedAt is null order by e.expiresAt")
	List<RecordExport> findRunOut(Instant now, Pageable page);

}
