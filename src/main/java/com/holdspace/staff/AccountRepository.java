package com.holdspace.staff;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

	@Query("select a from Account a where lower(a.email) = lower(:email)")
	Optional<Account> findByEmail(String email);

	@Query("select count(a) > 0 from Account a where lower(a.email) = lower(:email)")
	boolean existsByEmail(String email);

	@Query("select a from Account a where a.role in :roles order by a.enabled desc, lower(a.displayName)")
	List<Account> findAllByRoleIn(Collection<Role> roles);

	List<Account> findByRoleAndEnabledTrueOrderByDisplayName(Role role);

	long countByRoleAndEnabledTrue(Role role);

	long countByRole(Role role);

}
