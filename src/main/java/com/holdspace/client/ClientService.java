package com.holdspace.client;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.NamedInterface;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.holdspace.shared.NotFoundException;
import com.holdspace.shared.StaleEditException;

/** Creating, finding and editing clients. */
@NamedInterface("api")
@Service
public class ClientService {

	static final int SEARCH_LIMIT = 50;

	private final ClientRepository clients;

	private final TransactionTemplate writes;

	private final TransactionTemplate reads;

	private final ApplicationEventPublisher publisher;

	ClientService(ClientRepository clients, PlatformTransactionManager transactions,
			ApplicationEventPublisher publisher) {
		this.clients = clients;
		this.publisher = publisher;
		this.writes = new TransactionTemplate(transactions);
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
	}

	/** The client with their emergency contacts; refuses an id that is no client's. */
	public ClientView get(long id) {
		return ClientView.of(find(id));
	}

	/** The row itself, for the client module's own pages and edits. */
	Client find(long id) {
		return this.reads.execute(status -> this.clients.withContacts(id)
			.orElseThrow(() -> new NotFoundException("Client", id)));
	}

	/** Recently changed clients when the query is blank, otherwise a partial match. */
	public List<ClientMatch> search(String query) {
		if (query == null || query.isBlank()) {
			return this.reads.execute(status -> matches(this.clients.findTop20ByOrderByUpdatedAtDesc()));
		}
		String text = query.strip();
		String digits = query.replaceAll("[^0-9]", "");
		return this.reads.execute(status -> matches(this.clients.search(text, digits, SEARCH_LIMIT)));
	}

	private static List<ClientMatch> matches(List<Client> found) {
		return found.stream().map(ClientMatch::of).toList();
	}

	/**
	 * Creates the client once per creation token: a repeated submission of the same form, even
	 * one racing the first, returns the client the first one created.
	 */
	public long create(UUID givenToken, ClientDetails details) {
		// a form sent without its token (never one of ours) makes its client once, under a token of its own
		UUID creationToken = (givenToken != null) ? givenToken : UUID.randomUUID();
		try {
			return this.writes.execute(status -> this.clients.findByCreationToken(creationToken)
				.orElseGet(() -> this.clients.saveAndFlush(new Client(creationToken, details)))
				.getId());
		}
		catch (DataIntegrityViolationException race) {
			return findByCreationToken(creationToken).orElseThrow(() -> race).getId();
		}
	}

	/** The one client with this email, if exactly one has it. */
	public Optional<Long> onlyClientWithEmail(String email) {
		List<Long> ids = this.reads.execute(status -> this.clients.findIdsByEmail(email.strip()));
		return (ids.size() == 1) ? Optional.of(ids.get(0)) : Optional.empty();
	}

	Optional<Client> findByCreationToken(UUID creationToken) {
		return this.reads.execute(status -> this.clients.findByCreationToken(creationToken));
	}

	/** Saves an edit made on the given version; refuses if someone saved since. */
	Client update(long id, int editedVersion, ClientDetails details) {
		try {
			return this.writes.execute(status -> {
				var client = this.clients.findById(id).orElseThrow(() -> new NotFoundException("Client", id));
				if (client.getVersion() != editedVersion) {
					throw new StaleEditException("Client", id);
				}
				String oldEmail = client.getEmail();
				client.update(details);
				Client saved = this.clients.saveAndFlush(client);
				if (!java.util.Objects.equals(oldEmail, saved.getEmail())) {
					this.publisher.publishEvent(new ClientEmailChanged(id, oldEmail, saved.getEmail()));
				}
				return saved;
			});
		}
		catch (ObjectOptimisticLockingFailureException race) {
			throw new StaleEditException("Client", id);
		}
	}

	/** The names clients are greeted by, for lists that show many clients at once. */
	public Map<Long, String> calledNames(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.reads.execute(status -> this.clients.findEvery(ids)
			.stream()
			.collect(Collectors.toMap(Client::getId, Client::getCalledName)));
	}

}
