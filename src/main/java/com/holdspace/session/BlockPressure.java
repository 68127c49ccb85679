package com.holdspace.session;

/** The pressure of a block of touch. */
public enum BlockPressure {

	LIGHT, MODERATE, FIRM

}
