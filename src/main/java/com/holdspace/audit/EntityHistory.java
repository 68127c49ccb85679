package com.holdspace.audit;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;

import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the entity history of one clinical record: each revision, who made it and when, and what it
 * changed, field by field, the intake's answers answer by answer. Admin only (SecurityConfig).
 */
@Service
class EntityHistory {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Bookkeeping that changes with every save and says nothing about the record. */
	private static final List<String> IGNORED = List.of("version", "updatedAt");

	/** One field's value before and after a revision. */
	record Change(String field, String before, String after) {
	}

	/** One revision of the record. */
	record Revision(long number, java.time.Instant changedAt, String actor, String kind, List<Change> changes,
			Long clientId) {
	}

	private final EntityManager entities;

	EntityHistory(EntityManager entities) {
		this.entities = entities;
	}

	@Transactional(readOnly = true)
	public List<Revision> of(RecordKind kind, long id) {
		Class<?> type = this.entities.getMetamodel()
			.getEntities()
			.stream()
			.filter(entity -> entity.getName().equals(kind.entityName()))
			.findFirst()
			.orElseThrow()
			.getJavaType();
		@SuppressWarnings("unchecked")
		List<Object[]> rows = AuditReaderFactory.get(this.entities)
			.createQuery()
			.forRevisionsOfEntity(type, false, true)
			.add(AuditEntity.id().eq(id))
			.addOrder(AuditEntity.revisionNumber().asc())
			.getResultList();
		List<Revision> revisions = new ArrayList<>();
		Map<String, String> before = Map.of();
		for (Object[] row : rows) {
			var revision = (HistoryRevision) row[1];
			Map<String, String> after = (row[2] == RevisionType.DEL) ? Map.of() : fields(row[0]);
			revisions.add(new Revision(revision.getId(), revision.getChangedAt(), revision.getActor(),
					((RevisionType) row[2]).name(), changes(before, after), clientOf(after)));
			before = after;
		}
		java.util.Collections.reverse(revisions);
		return revisions;
	}

	/** The client the record is about, for the audit log's line on reading it. */
	private static Long clientOf(Map<String, String> fields) {
		String client = fields.get("clientId");
		return (client != null && client.matches("\\d{1,18}")) ? Long.valueOf(client) : null;
	}

	private static List<Change> changes(Map<String, String> before, Map<String, String> after) {
		List<Change> changes = new ArrayList<>();
		after.forEach((field, value) -> {
			if (!Objects.equals(before.get(field), value)) {
				changes.add(new Change(field, before.get(field), value));
			}
		});
		return changes;
	}

	/** The record's fields as text, an intake's answers each on their own. */
	private static Map<String, String> fields(Object entity) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (Class<?> type = entity.getClass(); type != Object.class; type = type.getSuperclass()) {
			for (Field field : type.getDeclaredFields()) {
				if (Modifier.isStatic(field.getModifiers()) || IGNORED.contains(field.getName())) {
					continue;
				}
				Object value = read(field, entity);
				if (field.getName().equals("signatureStrokes")) {
					value = (value != null) ? "(the drawn signature)" : null;
				}
				if (field.getName().equals("answers") && value instanceof String json && json.startsWith("{")) {
					JSON.readTree(json)
						.properties()
						.forEach(answer -> fields.put("answers." + answer.getKey(), text(answer.getValue())));
				}
				else {
					fields.put(field.getName(), text(value));
				}
			}
		}
		return fields;
	}

	private static String text(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Collection<?> many) {
			return many.stream().map(EntityHistory::text).collect(Collectors.joining("; "));
		}
		if (value instanceof tools.jackson.databind.JsonNode node) {
			return node.isNull() ? null : node.isValueNode() ? node.asString() : node.toString();
		}
		if (value.getClass().isAnnotationPresent(jakarta.persistence.Entity.class)) {
			// a record the history points to, such as the consent text that was signed
			return value.getClass().getSimpleName() + " " + idOf(value);
		}
		if (value instanceof Record || value.getClass().isAnnotationPresent(jakarta.persistence.Embeddable.class)) {
			return embedded(value);
		}
		return String.valueOf(value);
	}

	private static String embedded(Object value) {
		List<String> parts = new ArrayList<>();
		for (Field field : value.getClass().getDeclaredFields()) {
			if (!Modifier.isStatic(field.getModifiers())) {
				Object part = read(field, value);
				if (part != null) {
					parts.add(String.valueOf(part));
				}
			}
		}
		return String.join(", ", parts);
	}

	private static Object idOf(Object entity) {
		for (Class<?> type = entity.getClass(); type != Object.class; type = type.getSuperclass()) {
			for (Field field : type.getDeclaredFields()) {
				if (field.isAnnotationPresent(jakarta.persistence.Id.class)) {
					return read(field, entity);
				}
			}
		}
		return "";
	}

	private static Object read(Field field, Object owner) {
		try {
			field.setAccessible(true);
			return field.get(owner);
		}
		catch (IllegalAccessException | RuntimeException unreadable) {
			return null;
		}
	}

}
