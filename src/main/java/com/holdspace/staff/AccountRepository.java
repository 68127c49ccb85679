package com.holdspace.staff;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import com.holdspace.shared.Emails;

import jakarta.persistence.LockModeType;

interface AccountRepository extends JpaRepository<Account, Long> {

	/**
	 * Like {@code findAllById}, but as a query Hibernate interprets once rather than built afresh on
	 * every call; no ids, no query.
	 */
	default List<Account> findEvery(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : findEveryOf(ids.toArray(Long[]::new));
	}

	/** The ids as one array parameter: a collection bound to {@code in} costs Hibernate an exception a call. */
	@Query(value = "select * from account where id = any(:ids)", nativeQuery = true)
	List<Account> findEveryOf(Long[] ids);

	/** The account for an address as typed: compared in its one normal form (see {@link Emails}). */
	default Optional<Account> findByEmail(String email) {
		return findByNormalEmail(Emails.normalise(email));
	}

	default boolean existsByEmail(String email) {
		return existsByNormalEmail(Emails.normalise(email));
	}

	@Query("select a from Account a where a.email = :email")
	Optional<Account> findByNormalEmail(String email);

	@Query("select count(a) > 0 from Account a where a.email = :email")
	boolean existsByNormalEmail(String email);

	@Query("select a from Account a where a.role in :roles order by a.enabled desc, lower(a.displayName)")
	List<Account> findAllByRoleIn(Collection<Role> roles);

	List<Account> findAllByRoleInOrderByDisplayName(Collection<Role> roles);

	List<Account> findByRoleAndEnabledTrueOrderByDisplayName(Role role);

	List<Account> findBySiteIdAndRoleAndEnabledTrueOrderByDisplayName(long siteId, Role role);

	@Query("select a.siteId from Account a where a.id = :id")
	Long siteOf(long id);

	Optional<Account> findByClientId(long clientId);

	/**
	 * The enabled accounts of a role, locked until the transaction ends: a second change waits
	 * and then sees the first one's outcome, so two admins cannot both count the other. Locked in
	 * id order so that two such changes cannot deadlock.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Account a where a.role = :role and a.enabled = true order by a.id")
	List<Account> lockEnabledByRole(Role role);

	long countByRole(Role role);

}
