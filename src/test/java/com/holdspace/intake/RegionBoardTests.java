package com.holdspace.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class RegionBoardTests {

	@Test
	void everyRegionOfTheMapHasExactlyOneCellOnItsOwnSide() {
		assertThat(Stream.concat(RegionBoard.FRONT.stream(), RegionBoard.BACK.stream()).map(RegionBoard.Cell::region))
			.containsExactlyInAnyOrder(BodyRegion.values());
		assertThat(RegionBoard.FRONT).allMatch(cell -> cell.region().getSide() == BodyRegion.Side.FRONT);
		assertThat(RegionBoard.BACK).allMatch(cell -> cell.region().getSide() == BodyRegion.Side.BACK);
	}

	@Test
	void noTwoCellsShareASquareAndEachStaysOnTheFourColumns() {
		for (List<RegionBoard.Cell> board : List.of(RegionBoard.FRONT, RegionBoard.BACK)) {
			Set<String> taken = new HashSet<>();
			for (RegionBoard.Cell cell : board) {
				assertThat(cell.column() + cell.columns() - 1).as(cell.region().name()).isBetween(1, 4);
				for (int row = cell.row(); row < cell.row() + cell.rows(); row++) {
					for (int column = cell.column(); column < cell.column() + cell.columns(); column++) {
						assertThat(taken.add(row + ":" + column)).as(cell.region() + " overlaps at " + row + ":" + column).isTrue();
					}
				}
			}
		}
	}

	@Test
	void theClientsRightIsOnOurLeftFacingThemAndOnOurRightFromBehind() {
		assertThat(cellOf(RegionBoard.FRONT, BodyRegion.SHOULDER_RIGHT).column()).isEqualTo(1);
		assertThat(cellOf(RegionBoard.BACK, BodyRegion.SHOULDER_BLADE_RIGHT).column()).isEqualTo(4);
		assertThat(cellOf(RegionBoard.BACK, BodyRegion.UPPER_BACK).placement()).isEqualTo("at-r3 at-c2 span-c2 span-r1");
	}

	private static RegionBoard.Cell cellOf(List<RegionBoard.Cell> board, BodyRegion region) {
		return board.stream().filter(cell -> cell.region() == region).findFirst().orElseThrow();
	}

}
