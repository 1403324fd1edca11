package org.zhengtong.casework.web;

import org.jspecify.annotations.Nullable;
import org.zhengtong.casework.ClockColour;
import org.zhengtong.casework.InboxFilter;

/** The 待办 page's query string: the tab, the filters and the page. */
class InboxForm {

	/** The three tabs: 待办, 已办, 我发起的. */
	enum Tab {

		OPEN, DONE, STARTED

	}

	private Tab tab = Tab.OPEN;

	private @Nullable String module;

	private @Nullable String type;

	private @Nullable ClockColour colour;

	private int page;

	InboxFilter toFilter() {
		return new InboxFilter(blankToNull(module), blankToNull(type), colour);
	}

	boolean filtered() {
		return blankToNull(module) != null || blankToNull(type) != null || colour != null;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	public Tab getTab() {
		return tab;
	}

	public void setTab(@Nullable Tab tab) {
		this.tab = tab == null ? Tab.OPEN : tab;
	}

	public @Nullable String getModule() {
		return module;
	}

	public void setModule(@Nullable String module) {
		this.module = module;
	}

	public @Nullable String getType() {
		return type;
	}

	public void setType(@Nullable String type) {
		this.type = type;
	}

	public @Nullable ClockColour getColour() {
		return colour;
	}

	public void setColour(@Nullable ClockColour colour) {
		this.colour = colour;
	}

	public int getPage() {
		return page;
	}

	public void setPage(int page) {
		this.page = Math.max(0, page);
	}

}
