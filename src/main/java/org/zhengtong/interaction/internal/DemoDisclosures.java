package org.zhengtong.interaction.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.zhengtong.calendar.CalendarManagement;
import org.zhengtong.content.AnnualReport.Applicant;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.platform.DemoTimetable;
import org.zhengtong.shared.CreditCode;
import org.zhengtong.shared.ResidentIdNumber;

/**
 * The demonstration's 依申请公开: several requests for each unit with a disclosure officer,
 * registered from the counter and post or sent online, through the service's steps — a 补正
 * notice corrected and one that lapsed (art. 30), a third-party consultation that paused
 * the clock, an approved extension (art. 33), and answers of every type — with some still
 * open on today's date (one waiting for its 补正, one in consultation, one extended).
 */
final class DemoDisclosures {

	/** What a demo request ends as. */
	enum Path {

		ANSWERED, CORRECTED, LAPSED, CONSULTED, EXTENDED, OPEN, CONSULTING, AWAITING_CORRECTION

	}

	static final class Plan extends DemoTimetable.Story {

		final DemoCast.Answerer unit;

		final Path path;

		final LocalDate day;

		final DisclosureReply reply;

		final int index;

		@Nullable UUID id;

		Plan(DemoCast.Answerer unit, Path path, LocalDate day, DisclosureReply reply, int index) {
			this.unit = unit;
			this.path = path;
			this.day = day;
			this.reply = reply;
			this.index = index;
		}

	}

	/** What applicants asked for. */
	static final List<String> ASKED = List.of("申请公开本单位近三年部门预算和决算中“三公”经费的明细。", "申请公开城关片区老旧小区改造项目的立项批复和资金安排文件。",
			"申请公开本市2025年度义务教育阶段学校招生计划及各校学位数。", "申请公开渭河秦都段河道整治工程的环境影响评价报告。", "申请公开我所在小区旁边加油站建设项目的规划许可文件。",
			"申请公开本单位对某公司作出的行政处罚决定书。", "申请公开2026年公交线网优化方案的专家论证意见。", "申请公开本单位2026年招聘工作人员的笔试、面试成绩。");

	private final DisclosureRequestService service;

	private final CalendarManagement calendar;

	private final DemoCast cast;

	private final DemoTimetable year;

	private final Clock clock;

	private final List<Plan> plans = new ArrayList<>();

	private int serial;

	DemoDisclosures(DisclosureRequestService service, CalendarManagement calendar, DemoCast cast, DemoTimetable year,
			Clock clock) {
		this.service = service;
		this.calendar = calendar;
		this.cast = cast;
		this.year = year;
		this.clock = clock;
	}

	List<Plan> plans() {
		return plans;
	}

	/**
	 * Plans the requests: every path at the first unit with an officer, five at each of
	 * the others, answers of each type spread over them all.
	 */
	void plan() {
		LocalDate today = LocalDate.now(clock);
		DisclosureReply[] replies = DisclosureReply.values();
		int answer = 0;
		boolean first = true;
		for (DemoCast.Answerer unit : cast.units()) {
			if (unit.officer() == null) {
				continue;
			}
			List<Path> paths = first ? List.of(Path.values())
					: List.of(Path.ANSWERED, Path.ANSWERED, Path.CORRECTED, Path.EXTENDED, Path.OPEN);
			for (Path path : paths) {
				int ago = switch (path) {
					case ANSWERED -> 60 + 25 * (answer % 9);
					case CORRECTED -> 110;
					case LAPSED -> 80;
					case CONSULTED -> 140;
					case EXTENDED -> 28;
					case OPEN -> 3;
					case CONSULTING -> 12;
					case AWAITING_CORRECTION -> 4;
				};
				DisclosureReply reply = path == Path.CORRECTED ? DisclosureReply.PARTLY_DISCLOSED
						: path == Path.CONSULTED ? DisclosureReply.WITHHELD : replies[answer % replies.length];
				if (path == Path.ANSWERED) {
					answer++;
				}
				plans.add(new Plan(unit, path, workingDaysBefore(today, ago), reply, serial++));
			}
			first = false;
		}
	}

	void schedule() {
		for (Plan plan : plans) {
			steps(plan);
		}
	}

	private void steps(Plan plan) {
		String officer = plan.unit.officer();
		if (officer == null) {
			return;
		}
		Instant received = at(plan.day, 10);
		year.at(received, plan, "receive disclosure", () -> receive(plan, officer));
		LocalDate answerDay = working(plan.day, 12);
		switch (plan.path) {
			case OPEN -> {
				return;
			}
			case AWAITING_CORRECTION, CORRECTED, LAPSED -> {
				year.at(at(working(plan.day, 2), 15), plan, "补正 notice", () -> service.noticeCorrection(plan.id,
						"一、请写明所需信息的名称、文号或者便于查询的其他特征性描述；二、请提供申请人身份证明复印件。", 10, officer));
				if (plan.path == Path.AWAITING_CORRECTION) {
					return;
				}
				if (plan.path == Path.LAPSED) {
					year.at(at(working(plan.day, 14), 8), plan, "lapse", () -> service.lapseIfOverdue(plan.id));
					return;
				}
				LocalDate corrected = working(plan.day, 6);
				year.at(at(corrected, 11), plan, "corrected", () -> service.corrected(plan.id, corrected,
						"补正后的申请：申请公开城关片区老旧小区改造项目2025年立项批复（秦发改投资〔2025〕号）及资金安排文件。", officer));
				answerDay = working(corrected, 15);
			}
			case CONSULTING, CONSULTED -> {
				year.at(at(working(plan.day, 3), 16), plan, "consult",
						() -> service.consult(plan.id, "秦川长安建筑工程有限公司（涉及其商业秘密）", officer));
				if (plan.path == Path.CONSULTING) {
					return;
				}
				year.at(at(working(plan.day, 13), 10), plan, "consulted", () -> service.consulted(plan.id, officer));
				answerDay = working(plan.day, 22);
			}
			case EXTENDED -> {
				year.at(at(working(plan.day, 17), 9), plan, "ask extension",
						() -> service.askExtension(plan.id, 15, "申请公开的信息涉及多个科室的历史档案，需要逐件调阅核对。", officer));
				year.at(at(working(plan.day, 17), 16), plan, "approve extension",
						() -> service.decideExtension(plan.id, true, plan.unit.leader()));
				return;
			}
			default -> {
			}
		}
		DisclosureReply reply = plan.reply;
		year.at(at(answerDay, 14), plan, "answer disclosure",
				() -> service.answer(plan.id, reply, ground(reply), answerText(reply), officer));
	}

	private void receive(Plan plan, String officer) {
		boolean person = plan.index % 3 != 1;
		String name;
		String idNumber = null;
		String creditCode = null;
		if (person) {
			String first17 = "610113" + (1960 + plan.index % 40)
					+ String.format("%02d%02d", 1 + plan.index % 12, 1 + plan.index % 28)
					+ String.format("%03d", 500 + plan.index);
			idNumber = first17 + ResidentIdNumber.checkCharacter(first17);
			name = "申请人" + "赵钱孙李周吴郑王冯陈".charAt(plan.index % 10) + (plan.index % 2 == 0 ? "某" : "某某");
		}
		else {
			String first17 = "91619900MA" + String.format("%07d", 100 + plan.index);
			creditCode = first17 + CreditCode.checkCharacter(first17);
			name = "秦川" + "渭水长安丝路新华".charAt(plan.index % 8) + "信息咨询有限公司";
		}
		DisclosureRequest.Channel channel = DisclosureRequest.Channel.values()[plan.index % 3];
		String actor = channel == DisclosureRequest.Channel.ONLINE ? AccountManagement.SYSTEM : officer;
		DisclosureRequestService.Received received = service.receive(new ReceiveDisclosure(plan.unit.unit(), channel,
				person ? Applicant.PERSON : Applicant.COMPANY, name, idNumber, creditCode, person ? null : "刘经理",
				String.format("1390000%04d", 8000 + plan.index), null, "秦川市秦都区渭河路" + (10 + plan.index) + "号",
				ASKED.get(plan.index % ASKED.size()), DisclosureRequest.Medium.values()[plan.index % 2],
				DisclosureRequest.Delivery.values()[plan.index % 4], null, plan.day, actor));
		plan.id = received.request().id();
	}

	private static @Nullable DisclosureGround ground(DisclosureReply reply) {
		return switch (reply) {
			case WITHHELD, PARTLY_DISCLOSED -> DisclosureGround.THIRD_PARTY;
			case NOT_PROCESSED -> DisclosureGround.REPEATED;
			default -> null;
		};
	}

	private static String answerText(DisclosureReply reply) {
		return switch (reply) {
			case DISCLOSED -> "经审查，您申请的信息属于公开范围，现将相关文件提供给您（见附件）。";
			case PARTLY_DISCLOSED -> "经审查，您申请的信息中涉及第三方商业秘密的部分不予公开，其余部分予以公开（见附件）。";
			case WITHHELD -> "经征求第三方意见，第三方不同意公开，且不公开不会对公共利益造成重大影响，依据《政府信息公开条例》第十五条，不予公开。";
			case NOT_HELD -> "经检索，本机关未制作或获取您申请的信息，该信息不存在。";
			case NOT_RESPONSIBLE -> "您申请的信息不属于本机关负责公开，建议您向秦川市自然资源和规划局申请。";
			case TO_BE_MADE -> "您申请的信息需要本机关对现有信息进行加工、分析，依据条例第三十八条，不予提供。";
			case STILL_UNCLEAR -> "经补正后，您的申请内容仍不明确，本机关无法确定所需信息。";
			case NOT_PROCESSED -> "您此前已就同一内容提出申请并已答复，本次属于重复申请，不予重复处理。";
			case OTHER -> "您申请的信息已通过本机关门户网站主动公开，可在“政府信息公开—法定主动公开内容”栏目查阅。";
		};
	}

	private Instant at(LocalDate day, int hour) {
		return day.atTime(LocalTime.of(hour, 0)).atZone(clock.getZone()).toInstant();
	}

	private LocalDate working(LocalDate from, int days) {
		return calendar.addWorkingDays(from, days);
	}

	private LocalDate workingDaysBefore(LocalDate today, int days) {
		LocalDate day = today;
		int counted = 0;
		while (counted < days) {
			day = day.minusDays(1);
			if (calendar.isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

}
