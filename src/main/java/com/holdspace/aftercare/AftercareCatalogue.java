package com.holdspace.aftercare;

import java.util.List;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.holdspace.shared.NotFoundException;
import com.holdspace.shared.Refused;
import com.holdspace.shared.StaleEditException;

/** The aftercare catalogue the admin keeps and therapists build plans from. */
@Service
@Transactional
public class AftercareCatalogue {

	private final AftercareItemRepository items;

	AftercareCatalogue(AftercareItemRepository items) {
		this.items = items;
	}

	/** Every item, active ones first, in the order the admin set. */
	@Transactional(readOnly = true)
	public List<AftercareItem> all() {
		return this.items.findAllByOrderByActiveDescSortOrderAscTitleAsc();
	}

	/** What a therapist may choose from. */
	@Transactional(readOnly = true)
	public List<AftercareItem> active() {
		return this.items.findByActiveTrueOrderBySortOrderAscTitleAsc();
	}

	@Transactional(readOnly = true)
	public AftercareItem get(long id) {
		return this.items.findById(id).orElseThrow(() -> new NotFoundException("Aftercare item", id));
	}

	/** Adds an item once per form: a double tap returns the item the first one made. */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	AftercareItem add(AftercareItemForm form) {
		var made = this.items.findByCreationToken(form.getCreationToken());
		if (made.isPresent()) {
			return made.get();
		}
		try {
			return this.items.saveAndFlush(new AftercareItem(form.getCreationToken(), form.getTitle(),
					form.getGuidance(), form.getSortOrder()));
		}
		catch (DataIntegrityViolationException sameTitleOrTap) {
			return this.items.findByCreationToken(form.getCreationToken())
				.orElseThrow(() -> new Refused("title", "aftercare.error.titleTaken"));
		}
	}

	void change(long id, AftercareItemForm form) {
		AftercareItem item = get(id);
		if (form.getVersion() == null || item.getVersion() != form.getVersion()) {
			throw new StaleEditException("Aftercare item", id);
		}
		item.change(form.getTitle(), form.getGuidance(), form.getSortOrder());
		save(item);
	}

	void setActive(long id, int version, boolean active) {
		AftercareItem item = get(id);
		if (item.getVersion() != version) {
			throw new StaleEditException("Aftercare item", id);
		}
		item.setActive(active);
		save(item);
	}

	private void save(AftercareItem item) {
		try {
			this.items.saveAndFlush(item);
		}
		catch (ObjectOptimisticLockingFailureException meanwhile) {
			throw new StaleEditException("Aftercare item", item.getId());
		}
		catch (DataIntegrityViolationException titleTaken) {
			throw new Refused("title", "aftercare.error.titleTaken");
		}
	}

	/** A fresh form for the next item. */
	static AftercareItemForm blankForm() {
		var form = new AftercareItemForm();
		form.setCreationToken(UUID.randomUUID());
		return form;
	}

}
