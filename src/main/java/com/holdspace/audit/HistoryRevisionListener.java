package com.holdspace.audit;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import com.holdspace.shared.SignedInPerson;

/** Names who made a change: the signed-in person, or Holdspace itself for its own jobs. */
public class HistoryRevisionListener implements RevisionListener {

	@Override
	public void newRevision(Object revision) {
		var history = (HistoryRevision) revision;
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		if (who != null && who.getPrincipal() instanceof SignedInPerson person) {
			history.setAccountId(person.getAccountId());
			history.setActor(who.getName());
		}
		else {
			history.setActor((who != null) ? who.getName() : "Holdspace");
		}
	}

}
