package com.holdspace.records;

/**
 * A line of the whole record's contents: a section's title (a message key), the page it starts on,
 * and what it holds ("200 session records, 3 Jan 2023 to 1 Dec 2026"), if that is said.
 */
record ContentsLine(String titleKey, int page, String detail) {

	/** The same line once the cover's pages come before the body. */
	ContentsLine after(int coverPages) {
		return new ContentsLine(this.titleKey, this.page + coverPages, this.detail);
	}

	ContentsLine withDetail(String detail) {
		return new ContentsLine(this.titleKey, this.page, detail);
	}

}
