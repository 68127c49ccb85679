package com.holdspace.session;

import org.springframework.modulith.NamedInterface;

/** The pressure of a block of touch. */
@NamedInterface("api")
public enum BlockPressure {

	LIGHT, MODERATE, FIRM

}
