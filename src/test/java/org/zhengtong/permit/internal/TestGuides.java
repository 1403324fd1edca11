package org.zhengtong.permit.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.zhengtong.permit.FieldType;
import org.zhengtong.permit.LimitKind;

/** Service guide contents for tests. */
public final class TestGuides {

	private TestGuides() {
	}

	/** A plain guide: 法定 20, 承诺 10, online, one material and one field. */
	public static GuideContent content(String name) {
		return content(name, "", 10);
	}

	public static GuideContent content(String name, String synonyms, int promisedDays) {
		return new GuideContent(name, null, synonyms, "《中华人民共和国食品安全法》第三十五条", "在本市依法登记的食品经营者。", "申请、受理、审查、决定、发证。",
				LimitKind.SINGLE, 20, promisedDays, null, null, "秦川市政务服务中心二楼 12 号窗口", "029-12345678",
				"周一至周五 9:00—17:00（法定节假日除外）", true, false, null,
				List.of(new GuideMaterial("食品经营许可申请书", true, "原件1份", "申请人签字", null, null)),
				List.of(new GuideField("shop_name", "经营场所名称", null, FieldType.TEXT, true, "", 100L, "")), Set.of());
	}

	/** The same guide, joint with other departments. */
	public static GuideContent joint(String name, Set<UUID> others) {
		GuideContent c = content(name);
		return new GuideContent(c.name(), c.nameEn(), c.synonyms(), c.basis(), c.conditions(), c.process(),
				LimitKind.JOINT, 45, 30, "每件 50 元", "陕价费发〔2020〕1号", c.windowAddress(), c.windowPhone(), c.windowHours(),
				c.online(), true, c.licenceType(), c.materials(), c.fields(), others);
	}

}
