package com.holdspace.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.hibernate.annotations.Immutable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One answer that raised or joined a hold, where and when it was given. Never changed. */
@Entity
@Immutable
@Table(name = "clinical_hold_reason")
public class HoldReason {

	@Id
	private Long id;

	@Column(name = "hold_id")
	private long holdId;

	private String answer;

	private String detail;

	@Column(name = "lapses_on")
	private LocalDate lapsesOn;

	private String[] regions;

	@Enumerated(EnumType.STRING)
	private HoldSource source;

	@Column(name = "source_ref")
	private Long sourceRef;

	@Column(name = "noted_at")
	private Instant notedAt;

	@Column(name = "noted_by_name")
	private String notedByName;

	protected HoldReason() {
	}

	long getHoldId() {
		return this.holdId;
	}

	/** The question that raised it, a field of {@link IntakeForm}. */
	public String getAnswer() {
		return this.answer;
	}

	public String getDetail() {
		return this.detail;
	}

	/** The last day this reason holds by itself (a surgery twelve weeks on); null when it never runs out. */
	public LocalDate getLapsesOn() {
		return this.lapsesOn;
	}

	/** Whether, on that day, this reason has run out and wants a therapist's review. */
	public boolean isLapsedOn(LocalDate day) {
		return this.lapsesOn != null && day.isAfter(this.lapsesOn);
	}

	public List<BodyRegion> getRegions() {
		return (this.regions != null) ? Arrays.stream(this.regions).map(BodyRegion::valueOf).toList() : List.of();
	}

	public HoldSource getSource() {
		return this.source;
	}

	public Long getSourceRef() {
		return this.sourceRef;
	}

	public Instant getNotedAt() {
		return this.notedAt;
	}

	public String getNotedByName() {
		return this.notedByName;
	}

}
