package com.holdspace.intake;

import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * The body map as the session room and the intake's body map step draw it: every region a
 * labelled button at least 44 px each way, placed on a four-column grid in the shape of a body,
 * front and back side by side. The drawn figures need twice a tablet's height for targets that
 * size; this fits on one screen. Sides are the client's own, as on the drawn map: facing us,
 * their right is on our left.
 */
@NamedInterface("api")
public final class RegionBoard {

	/** Where a region sits: its row, its first column (1 to 4), and how many columns and rows it takes. */
	public record Cell(BodyRegion region, int row, int column, int columns, int rows) {

		/** CSS classes that place the cell, since a strict policy allows no inline style. */
		public String placement() {
			return "at-r" + this.row + " at-c" + this.column + " span-c" + this.columns + " span-r" + this.rows;
		}

	}

	public static final List<Cell> FRONT = List.of(centre(BodyRegion.HEAD_FACE, 1), centre(BodyRegion.NECK_FRONT, 2),
			side(BodyRegion.SHOULDER_RIGHT, 3, 1), centre(BodyRegion.CHEST, 3), side(BodyRegion.SHOULDER_LEFT, 3, 4),
			side(BodyRegion.UPPER_ARM_RIGHT, 4, 1), centre(BodyRegion.ABDOMEN, 4), side(BodyRegion.UPPER_ARM_LEFT, 4, 4),
			side(BodyRegion.FOREARM_HAND_RIGHT, 5, 1), centre(BodyRegion.HIPS_FRONT, 5),
			side(BodyRegion.FOREARM_HAND_LEFT, 5, 4), side(BodyRegion.THIGH_FRONT_RIGHT, 6, 2),
			side(BodyRegion.THIGH_FRONT_LEFT, 6, 3), side(BodyRegion.SHIN_FOOT_RIGHT, 7, 2),
			side(BodyRegion.SHIN_FOOT_LEFT, 7, 3));

	public static final List<Cell> BACK = List.of(centre(BodyRegion.HEAD_BACK, 1), centre(BodyRegion.NECK_BACK, 2),
			side(BodyRegion.SHOULDER_BLADE_LEFT, 3, 1), centre(BodyRegion.UPPER_BACK, 3),
			side(BodyRegion.SHOULDER_BLADE_RIGHT, 3, 4), new Cell(BodyRegion.ARM_BACK_LEFT, 4, 1, 1, 2),
			centre(BodyRegion.LOWER_BACK, 4), new Cell(BodyRegion.ARM_BACK_RIGHT, 4, 4, 1, 2),
			centre(BodyRegion.BUTTOCKS, 5), side(BodyRegion.HAMSTRING_LEFT, 6, 2), side(BodyRegion.HAMSTRING_RIGHT, 6, 3),
			side(BodyRegion.CALF_LEFT, 7, 2), side(BodyRegion.CALF_RIGHT, 7, 3), centre(BodyRegion.SOLES, 8));

	private RegionBoard() {
	}

	private static Cell centre(BodyRegion region, int row) {
		return new Cell(region, row, 2, 2, 1);
	}

	private static Cell side(BodyRegion region, int row, int column) {
		return new Cell(region, row, column, 1, 1);
	}

}
