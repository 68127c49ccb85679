package com.holdspace.session;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.holdspace.intake.BodyRegion;

/**
 * One tap during the session. Which answers it needs depends on what is recorded (see
 * {@link SessionService#log}); the token makes a double tap record once.
 */
public class EntryForm {

	@NotNull
	private UUID token;

	private BodyRegion region;

	private Technique technique;

	private BlockPressure pressure;

	@Min(value = 2, message = "{session.error.minutes}")
	@Max(value = 20, message = "{session.error.minutes}")
	private Integer minutes;

	private ReleaseEvent event;

	private TherapistAction action;

	private ContinueAnswer answer;

	@Size(max = 1000, message = "{validation.tooLong}")
	private String words;

	public UUID getToken() {
		return this.token;
	}

	public void setToken(UUID token) {
		this.token = token;
	}

	public BodyRegion getRegion() {
		return this.region;
	}

	public void setRegion(BodyRegion region) {
		this.region = region;
	}

	public Technique getTechnique() {
		return this.technique;
	}

	public void setTechnique(Technique technique) {
		this.technique = technique;
	}

	public BlockPressure getPressure() {
		return this.pressure;
	}

	public void setPressure(BlockPressure pressure) {
		this.pressure = pressure;
	}

	public Integer getMinutes() {
		return this.minutes;
	}

	public void setMinutes(Integer minutes) {
		this.minutes = minutes;
	}

	public ReleaseEvent getEvent() {
		return this.event;
	}

	public void setEvent(ReleaseEvent event) {
		this.event = event;
	}

	public TherapistAction getAction() {
		return this.action;
	}

	public void setAction(TherapistAction action) {
		this.action = action;
	}

	public ContinueAnswer getAnswer() {
		return this.answer;
	}

	public void setAnswer(ContinueAnswer answer) {
		this.answer = answer;
	}

	public String getWords() {
		return this.words;
	}

	public void setWords(String words) {
		this.words = words;
	}

}
