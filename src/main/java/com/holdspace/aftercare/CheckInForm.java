package com.holdspace.aftercare;

import java.util.UUID;

import org.springframework.modulith.NamedInterface;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** How the client feels, from 1 to 5, and a few words. */
@NamedInterface("api")
public class CheckInForm {

	@NotNull
	private UUID token = UUID.randomUUID();

	@NotNull(message = "{aftercare.checkIn.error.feeling}")
	@Min(value = 1, message = "{aftercare.checkIn.error.feeling}")
	@Max(value = 5, message = "{aftercare.checkIn.error.feeling}")
	private Integer feeling;

	@Size(max = 500, message = "{validation.tooLong}")
	private String words;

	public UUID getToken() {
		return this.token;
	}

	public void setToken(UUID token) {
		this.token = token;
	}

	public Integer getFeeling() {
		return this.feeling;
	}

	public void setFeeling(Integer feeling) {
		this.feeling = feeling;
	}

	public String getWords() {
		return this.words;
	}

	public void setWords(String words) {
		this.words = words;
	}

}
