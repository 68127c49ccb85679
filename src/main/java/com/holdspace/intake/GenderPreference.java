package com.holdspace.intake;

public enum GenderPreference {

	NO_PREFERENCE, WOMAN, MAN, NON_BINARY

}
