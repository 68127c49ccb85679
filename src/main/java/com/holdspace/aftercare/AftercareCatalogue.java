package com.holdspace.aftercare;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;

import com.holdspace.shared.NamedThings;
import com.holdspace.shared.NotFoundException;
import com.holdspace.shared.Refused;

/** The aftercare catalogue the admin keeps and therapists build plans from. */
@Service
public class AftercareCatalogue {

	private final AftercareItemRepository items;

	private final NamedThings<AftercareItem> things;

	AftercareCatalogue(AftercareItemRepository items, PlatformTransactionManager transactions) {
		this.items = items;
		// titles are unique: a refused save is a title another item has
		this.things = new NamedThings<>("Aftercare item", items, items::findByCreationToken,
				titleTaken -> new Refused("title", "aftercare.error.titleTaken"), transactions);
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
	AftercareItem add(AftercareItemForm form) {
		return this.things.add(form.getCreationToken(), () -> new AftercareItem(form.getCreationToken(),
				form.getTitle(), form.getGuidance(), form.getSortOrder()));
	}

	void change(long id, int editedVersion, AftercareItemForm form) {
		this.things.change(id, editedVersion,
				item -> item.change(form.getTitle(), form.getGuidance(), form.getSortOrder()));
	}

	void setActive(long id, int editedVersion, boolean active) {
		this.things.change(id, editedVersion, item -> item.setActive(active));
	}

}
