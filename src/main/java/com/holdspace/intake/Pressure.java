package com.holdspace.intake;

public enum Pressure {

	LIGHT, MODERATE, FIRM, ASK_EACH_TIME

}
