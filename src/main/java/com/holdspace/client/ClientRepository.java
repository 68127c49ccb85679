package com.holdspace.client;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClientRepository extends JpaRepository<Client, Long> {

	/**
	 * Like {@code findAllById}, but as a query Hibernate interprets once rather than built afresh on
	 * every call; no ids, no query.
	 */
	default List<Client> findEvery(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : findEveryOf(ids.toArray(Long[]::new));
	}

	/** The ids as one array parameter: a collection bound to {@code in} costs Hibernate an exception a call. */
	@Query(value = "select * from client where id = any(:ids)", nativeQuery = true)
	List<Client> findEveryOf(Long[] ids);

	Optional<Client> findByCreationToken(UUID creationToken);

	/** Ids of the clients with this email, ignoring case: at most two are needed to tell one from many. */
	@Query("select c.id from Client c where lower(c.email) = lower(?1) order by c.id limit 2")
	List<Long> findIdsByEmail(String email);

	/** The client with their emergency contacts, in one statement: every client page shows both. */
	@Query("select c from Client c left join fetch c.emergencyContacts where c.id = :id")
	Optional<Client> withContacts(long id);

	/**
	 * Partial, case- and accent-insensitive match on names and email, or on the digits of the
	 * phone number; both columns carry trigram indexes. The text's wildcards are escaped after
	 * folding, because folding turns a full-width ％ or ＿ into a plain one.
	 */
	@Query(nativeQuery = true, value = """
			select c.* from client c
			where c.search_document like '%'
			       || replace(replace(replace(holdspace_fold(:text), '\\', '\\\\'), '%', '\\%'), '_', '\\_')
			       || '%'
			   or (length(:digits) >= 3 and c.phone_digits like '%' || :digits || '%')
			order by c.legal_name
			limit :limit""")
	List<Client> search(String text, String digits, int limit);

	List<Client> findTop20ByOrderByUpdatedAtDesc();

}
