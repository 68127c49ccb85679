package com.holdspace.intake;

import org.springframework.modulith.NamedInterface;

@NamedInterface("api")
public enum CheckInFrequency {

	EVERY_FEW_MINUTES, EACH_NEW_AREA, START_MIDDLE_END, ONLY_IF_I_SIGNAL

}
