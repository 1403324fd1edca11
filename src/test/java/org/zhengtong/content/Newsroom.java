package org.zhengtong.content;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.identity.StaffPost;
import org.zhengtong.organization.UnitKind;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitNames;

/**
 * What the publishing tests start from: a department of their own with a writer and a
 * reviewer (网站编辑), and channels where the writer drafts and the reviewer reviews. Names
 * carry a random tag, so tests sharing one database never meet.
 */
public record Newsroom(String tag, UUID unit, String writer, String reviewer) {

	/**
	 * A new department 秦川市{name}测试局 (English {@code englishName}) with the accounts
	 * {@code {prefix}writer…} and {@code {prefix}reviewer…}.
	 * @param creditCode the unit's 统一社会信用代码, or {@code null}
	 */
	public static Newsroom open(UnitManagement units, PlatformAccounts accounts, String name, String englishName,
			String prefix, @Nullable String creditCode) {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		UUID unit = units
			.create(null, UnitKind.DEPARTMENT,
					new UnitNames("秦川市" + name + "测试局" + tag, name + "测试局", englishName, null), creditCode, 0,
					LocalDate.of(2020, 1, 1), AccountManagement.SYSTEM)
			.id();
		Newsroom newsroom = new Newsroom(tag, unit, prefix + "writer" + tag, prefix + "reviewer" + tag);
		newsroom.editor(accounts, newsroom.writer());
		newsroom.editor(accounts, newsroom.reviewer());
		return newsroom;
	}

	/** One more 网站编辑 of the unit, without any channel. */
	public void editor(PlatformAccounts accounts, String username) {
		accounts.createStaff(username, "编辑" + username, new StaffPost(unit, null, "科员", true, null));
		accounts.grant(username, ContentRoles.EDITOR);
	}

	/** A new top-level channel where the writer drafts and the reviewer reviews. */
	public ChannelView channel(Channels channels, String site, String slug, String name, ChannelKind kind,
			boolean onHomepage) {
		ChannelView channel = channels.create(site, null, slug, name, kind, null, 0, false, onHomepage, "system");
		channels.grant(channel.id(), writer, "DRAFT", "system");
		channels.grant(channel.id(), reviewer, "REVIEW", "system");
		return channel;
	}

}
