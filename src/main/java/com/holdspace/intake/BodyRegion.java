package com.holdspace.intake;

import java.util.Arrays;
import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * The named regions of the body map, front and back, with where each is drawn on a 160 x 410
 * figure. Sides are the client's own: on the front view their left is on the viewer's right.
 * Only these codes are ever stored, never pixels.
 */
@NamedInterface("api")
public enum BodyRegion {

	HEAD_FACE(Side.FRONT, 60, 5, 40, 48, 20), NECK_FRONT(Side.FRONT, 66, 53, 28, 24, 6),
	SHOULDER_RIGHT(Side.FRONT, 26, 76, 32, 24, 10), SHOULDER_LEFT(Side.FRONT, 102, 76, 32, 24, 10),
	CHEST(Side.FRONT, 60, 81, 40, 38, 6), ABDOMEN(Side.FRONT, 60, 121, 40, 44, 6),
	UPPER_ARM_RIGHT(Side.FRONT, 20, 102, 24, 58, 10), UPPER_ARM_LEFT(Side.FRONT, 116, 102, 24, 58, 10),
	FOREARM_HAND_RIGHT(Side.FRONT, 12, 162, 26, 76, 10), FOREARM_HAND_LEFT(Side.FRONT, 122, 162, 26, 76, 10),
	HIPS_FRONT(Side.FRONT, 54, 167, 52, 36, 8), THIGH_FRONT_RIGHT(Side.FRONT, 54, 205, 25, 80, 10),
	THIGH_FRONT_LEFT(Side.FRONT, 81, 205, 25, 80, 10), SHIN_FOOT_RIGHT(Side.FRONT, 55, 287, 23, 112, 10),
	SHIN_FOOT_LEFT(Side.FRONT, 82, 287, 23, 112, 10),

	HEAD_BACK(Side.BACK, 60, 5, 40, 48, 20), NECK_BACK(Side.BACK, 66, 53, 28, 24, 6),
	SHOULDER_BLADE_LEFT(Side.BACK, 26, 76, 32, 44, 10), UPPER_BACK(Side.BACK, 60, 81, 40, 38, 6),
	SHOULDER_BLADE_RIGHT(Side.BACK, 102, 76, 32, 44, 10), LOWER_BACK(Side.BACK, 60, 121, 40, 44, 6),
	ARM_BACK_LEFT(Side.BACK, 14, 122, 26, 116, 10), ARM_BACK_RIGHT(Side.BACK, 120, 122, 26, 116, 10),
	BUTTOCKS(Side.BACK, 54, 167, 52, 36, 8), HAMSTRING_LEFT(Side.BACK, 54, 205, 25, 80, 10),
	HAMSTRING_RIGHT(Side.BACK, 81, 205, 25, 80, 10), CALF_LEFT(Side.BACK, 55, 287, 23, 86, 10),
	CALF_RIGHT(Side.BACK, 82, 287, 23, 86, 10), SOLES(Side.BACK, 50, 375, 60, 26, 10);

	public enum Side {

		FRONT, BACK

	}

	private final Side side;

	private final int x;

	private final int y;

	private final int width;

	private final int height;

	private final int rounding;

	BodyRegion(Side side, int x, int y, int width, int height, int rounding) {
		this.side = side;
		this.x = x;
		this.y = y;
		this.width = width;
		this.height = height;
		this.rounding = rounding;
	}

	public static List<BodyRegion> on(Side side) {
		return Arrays.stream(values()).filter(region -> region.side == side).toList();
	}

	public Side getSide() {
		return this.side;
	}

	public int getX() {
		return this.x;
	}

	public int getY() {
		return this.y;
	}

	public int getWidth() {
		return this.width;
	}

	public int getHeight() {
		return this.height;
	}

	public int getRounding() {
		return this.rounding;
	}

	/** Where a label would sit: the middle of the shape. */
	public int getCentreX() {
		return this.x + this.width / 2;
	}

	public int getCentreY() {
		return this.y + this.height / 2;
	}

}
