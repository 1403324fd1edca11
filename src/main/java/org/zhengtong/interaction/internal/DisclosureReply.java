package org.zhengtong.interaction.internal;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.zhengtong.content.AnnualReport.RequestRow;

/**
 * The kinds of answer to a disclosure request (政府信息公开条例 art. 36), with the row of the
 * annual report's table 三 each counts in and whether it needs a ground: 不予公开 says why
 * (art. 36 (三)), and so does the withheld part of 部分公开 (art. 37) and 不予处理.
 */
public enum DisclosureReply {

	/** 予以公开 (art. 36 (一), (二)). */
	DISCLOSED(RequestRow.DISCLOSED, false),
	/** 部分公开 (art. 37): the withheld part's ground is required. */
	PARTLY_DISCLOSED(RequestRow.PARTLY_DISCLOSED, true),
	/** 不予公开 (art. 36 (三)): the ground is required. */
	WITHHELD(null, true),
	/** 信息不存在 (art. 36 (四)). */
	NOT_HELD(RequestRow.UNABLE_NOT_HELD, false),
	/** 非本机关负责公开 (art. 36 (五)). */
	NOT_RESPONSIBLE(RequestRow.UNABLE_NOT_HELD, false),
	/** 需要另行制作 (art. 38). */
	TO_BE_MADE(RequestRow.UNABLE_TO_BE_MADE, false),
	/** 补正后申请内容仍不明确. */
	STILL_UNCLEAR(RequestRow.UNABLE_STILL_UNCLEAR, false),
	/** 不予处理 (arts. 35, 36 (六), 39): the ground is required. */
	NOT_PROCESSED(null, true),
	/** 依照有关法律、行政法规的规定办理 (art. 36 (七)) and other answers. */
	OTHER(RequestRow.OTHER, false);

	private final @Nullable RequestRow row;

	private final boolean needsGround;

	DisclosureReply(@Nullable RequestRow row, boolean needsGround) {
		this.row = row;
		this.needsGround = needsGround;
	}

	public boolean needsGround() {
		return needsGround;
	}

	/** The grounds this answer may give (none when it needs none). */
	public List<DisclosureGround> grounds() {
		return switch (this) {
			case WITHHELD, PARTLY_DISCLOSED ->
				Arrays.stream(DisclosureGround.values()).filter(DisclosureGround::withholds).toList();
			case NOT_PROCESSED -> Arrays.stream(DisclosureGround.values()).filter((g) -> !g.withholds()).toList();
			default -> List.of();
		};
	}

	/**
	 * The row of table 三 an answer counts in (by its ground where the row depends on it).
	 */
	public RequestRow row(@Nullable DisclosureGround ground) {
		if (row != null) {
			return row;
		}
		if (ground == null) {
			throw new IllegalStateException(this + " needs a ground");
		}
		return ground.row();
	}

}
