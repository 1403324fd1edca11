package org.zhengtong.interaction.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitView;
import org.zhengtong.platform.DemoData;
import org.zhengtong.platform.RunningPlatformOnly;

/**
 * The demonstration's online interviews, run through the desk as the editor huanglei
 * would: one held a month ago with the head of the education bureau — questions sent,
 * moderated and answered, the transcript published line by line — and one announced for
 * next week with the transport bureau, already with a question waiting for moderation.
 */
@Component
@Order(60)
@RunningPlatformOnly
class DemoInterviews implements ApplicationRunner {

	static final String EDITOR = "huanglei";

	private final InterviewDesk desk;

	private final UnitManagement units;

	private final JdbcClient jdbc;

	private final Environment environment;

	private final Clock clock;

	DemoInterviews(InterviewDesk desk, UnitManagement units, JdbcClient jdbc, Environment environment, Clock clock) {
		this.desk = desk;
		this.units = units;
		this.jdbc = jdbc;
		this.environment = environment;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (!DemoData.enabled(environment)
				|| jdbc.sql("SELECT EXISTS (SELECT 1 FROM interaction_interview)").query(Boolean.class).single()) {
			return;
		}
		Optional<UnitView> education = unit("秦川市教育局");
		Optional<UnitView> transport = unit("秦川市交通运输局");
		if (education.isEmpty() || transport.isEmpty()) {
			return;
		}
		past(education.get().id());
		coming(transport.get().id());
	}

	void past(UUID education) {
		ZonedDateTime at = LocalDate.now(clock).minusMonths(1).atTime(LocalTime.of(10, 0)).atZone(clock.getZone());
		Interview interview = desk.announce(new Interview.Details("义务教育阶段课后服务与“双减”落实",
				"After-school services and lighter homework in compulsory education",
				"市教育局负责人做客在线访谈，介绍全市中小学课后服务开展情况、作业管理措施和下一步工作安排，并回答网友提问。",
				"The head of the education bureau explains after-school services and homework rules in the city's schools "
						+ "and answers questions from the public.",
				at.toInstant(), null, null, List.of(new Interview.Guest(education, "李建国", "党组书记、局长"),
						new Interview.Guest(education, "王丽萍", "基础教育科科长"))),
				null, EDITOR);
		UUID id = interview.id();
		InterviewQuestion late = desk.ask(id, new InterviewDesk.Asker(null, null, "张女士", "127.0.0.1", null),
				"孩子所在学校课后服务只到下午五点，家长下班晚，能否延长？我的电话13912345678。", false);
		InterviewQuestion fees = desk.ask(id, new InterviewDesk.Asker(null, null, "刘先生", "127.0.0.1", null),
				"课后服务收费标准是怎样的？家庭困难学生有没有减免？", false);
		desk.ask(id, new InterviewDesk.Asker(null, null, "匿名", "127.0.0.1", null), "广告：专业代写作业，联系微信……", false);
		desk.approve(id, late.id(), null, EDITOR);
		desk.approve(id, fees.id(), null, EDITOR);
		List<InterviewQuestion> pending = desk.pendingOf(id);
		pending.forEach((question) -> desk.reject(id, question.id(), EDITOR));
		desk.start(id, EDITOR);
		String host = "主持人";
		line(id, host, "各位网友，大家好！欢迎收看本期在线访谈。今天我们邀请到市教育局党组书记、局长李建国和基础教育科科长王丽萍，与大家交流课后服务和“双减”落实工作。", null);
		line(id, "李建国", "主持人好，各位网友好！全市义务教育学校已实现课后服务全覆盖，今年参加课后服务的学生比例达到九成以上。", null);
		line(id, host, "有网友问：课后服务只到下午五点，家长下班晚，能否延长？", late.id());
		line(id, "王丽萍", "我们鼓励学校结合家长需求提供延时托管，下学期起城区学校课后服务结束时间原则上不早于当地正常下班时间。", late.id());
		line(id, host, "还有网友关心收费和减免问题。", fees.id());
		line(id, "李建国", "课后服务按照成本补偿、非营利原则收费，家庭经济困难学生全部免费，具体标准由各区县公示。", fees.id());
		line(id, host, "感谢两位嘉宾，感谢各位网友，本期访谈到此结束。", null);
		desk.end(id, EDITOR);
	}

	void coming(UUID transport) {
		ZonedDateTime at = LocalDate.now(clock).plusWeeks(1).atTime(LocalTime.of(9, 30)).atZone(clock.getZone());
		Interview interview = desk.announce(new Interview.Details("城市公交线网优化和冬季出行保障",
				"Bus network changes and winter travel", "市交通运输局负责人将介绍公交线网优化方案和冬季恶劣天气出行保障措施，欢迎网友提前提问。",
				"The head of the transport bureau will present the new bus network and winter travel measures. "
						+ "Questions are welcome beforehand.",
				at.toInstant(), null, null, List.of(new Interview.Guest(transport, "赵志刚", "局长"))), null, EDITOR);
		desk.ask(interview.id(), new InterviewDesk.Asker(null, null, "陈先生", "127.0.0.1", null),
				"新区到火车站的公交能否加密班次？早高峰经常等二十分钟以上。", false);
	}

	private void line(UUID interview, String speaker, String text, @org.jspecify.annotations.Nullable UUID question) {
		InterviewLine line = desk.write(interview, speaker, text, question, EDITOR);
		desk.publish(interview, line.id(), speaker, text, EDITOR);
	}

	private Optional<UnitView> unit(String fullName) {
		return units.tree(LocalDate.now(clock))
			.stream()
			.filter((unit) -> unit.names().fullName().equals(fullName))
			.findFirst();
	}

}
