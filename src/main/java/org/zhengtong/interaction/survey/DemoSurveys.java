package org.zhengtong.interaction.survey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.platform.DemoData;
import org.zhengtong.platform.RunningPlatformOnly;

/**
 * The demonstration surveys, made by the demo 互动栏目编辑 huanglei through the same steps an
 * editor takes: an open 网上调查 on the government website, and a closed 意见征集 on a draft rule
 * with answers, moderated comments, published results and its 采纳情况. Loaded once.
 */
@Component
@Order(60)
@RunningPlatformOnly
class DemoSurveys implements ApplicationRunner {

	static final String EDITOR = "huanglei";

	private final SurveyService service;

	private final Surveys surveys;

	private final SurveyRecords records;

	private final PhoneCodes phones;

	private final AccountManagement accounts;

	private final Environment environment;

	private final Clock clock;

	DemoSurveys(SurveyService service, Surveys surveys, SurveyRecords records, PhoneCodes phones,
			AccountManagement accounts, Environment environment, Clock clock) {
		this.service = service;
		this.surveys = surveys;
		this.records = records;
		this.phones = phones;
		this.accounts = accounts;
		this.environment = environment;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (!DemoData.enabled(environment) || accounts.find(EDITOR).isEmpty() || surveys.count() > 0) {
			return;
		}
		load();
	}

	/** Makes the two demo surveys (tests call it without the demo's guard). */
	void load() {
		Instant now = clock.instant();
		openSurvey(now);
		closedConsultation(now);
	}

	private void openSurvey(Instant now) {
		Survey survey = service.create(SurveyKind.SURVEY,
				new SurveyService.Description("秦川市人民政府门户网站满意度调查", "为了把网站办得更好用，请您花两分钟回答下面几个问题。（演示内容。）", null,
						now.minus(Duration.ofDays(3)), now.plus(Duration.ofDays(30))),
				EDITOR);
		UUID id = survey.id();
		service.addQuestion(id, new SurveyService.NewQuestion(QuestionKind.SINGLE, "您通常多久访问一次本网站？", true,
				List.of("每天", "每周", "每月", "很少"), 1, 5), EDITOR);
		service.addQuestion(id, new SurveyService.NewQuestion(QuestionKind.MULTIPLE, "您主要使用哪些栏目？", true,
				List.of("政务公开", "办事服务", "互动交流", "新闻动态"), 1, 5), EDITOR);
		service.addQuestion(id, new SurveyService.NewQuestion(QuestionKind.SCALE, "您对网站总体是否满意？", true, List.of(), 1, 5),
				EDITOR);
		service.addQuestion(id, new SurveyService.NewQuestion(QuestionKind.TEXT, "您对网站还有什么建议？", false, List.of(), 1, 5),
				EDITOR);
		service.publish(id, EDITOR);
		List<SurveyQuestion> questions = service.questions(id);
		answer(id, questions, "13900000001", Map.of(0, 1, 2, 4), List.of(0, 1), "希望办事指南能写得更清楚。");
		answer(id, questions, "13900000002", Map.of(0, 0, 2, 5), List.of(1), null);
	}

	private void closedConsultation(Instant now) {
		Survey survey = service.create(SurveyKind.CONSULTATION,
				new SurveyService.Description("《秦川市城市公共自行车管理办法（征求意见稿）》公开征求意见",
						"市交通运输局起草了《秦川市城市公共自行车管理办法（征求意见稿）》，现向社会公开征求意见。（演示内容。）",
						"第一条　为规范城市公共自行车的运营和使用，方便市民绿色出行，制定本办法。\n" + "第二条　本办法适用于本市城区公共自行车的规划、建设、运营、使用和管理。\n"
								+ "第三条　公共自行车首一小时免费，超过一小时的，每小时收费一元。\n" + "第四条　运营单位应当在每个站点公布服务电话，并在接到报修后二十四小时内修复。",
						now.minus(Duration.ofDays(45)), now.plus(Duration.ofDays(1))),
				EDITOR);
		UUID id = survey.id();
		service.addQuestion(id, new SurveyService.NewQuestion(QuestionKind.SINGLE, "您是否赞成首一小时免费？", true,
				List.of("赞成", "不赞成", "无所谓"), 1, 5), EDITOR);
		service.addQuestion(id,
				new SurveyService.NewQuestion(QuestionKind.TEXT, "您对征求意见稿的具体意见", false, List.of(), 1, 5), EDITOR);
		service.publish(id, EDITOR);
		List<SurveyQuestion> questions = service.questions(id);
		answer(id, questions, "13900000011", Map.of(0, 0), List.of(), "建议将免费时长延长到两小时，方便通勤。");
		answer(id, questions, "13900000012", Map.of(0, 0), List.of(), "站点报修电话应当二十四小时有人接听。");
		answer(id, questions, "13900000013", Map.of(0, 1), List.of(), "我的电话是 13912345678，请联系我。");
		for (SurveyRecords.TextAnswer text : records.texts(id, false, 10)) {
			boolean personal = text.text().contains("电话是");
			service.moderate(id, text.id(), !personal, null, EDITOR);
		}
		service.close(id, EDITOR);
		service.publishResults(id, """
				本次征求意见共收到 3 份回答、3 条文字意见，经研究：
				一、关于免费时长：多数意见赞成首一小时免费；延长到两小时的建议，因车辆周转率会明显下降，暂不采纳，运营一年后评估。
				二、关于报修电话：采纳。第四条修改为“运营单位应当在每个站点公布二十四小时服务电话”。
				三、含个人信息的意见已按规定不予公开。（演示内容。）""", EDITOR);
	}

	/**
	 * One demo answerer (a verified phone): {@code choices} by question position from 0.
	 */
	private void answer(UUID survey, List<SurveyQuestion> questions, String phone, Map<Integer, Integer> choices,
			List<Integer> picked, @org.jspecify.annotations.Nullable String text) {
		UUID response = UUID.randomUUID();
		records.insertResponse(response, survey, phones.voterKey(phone), null, clock.instant(), null);
		for (int i = 0; i < questions.size(); i++) {
			SurveyQuestion question = questions.get(i);
			switch (question.kind()) {
				case SINGLE -> records.insertAnswer(response, question.id(), choices.get(i), null, null);
				case SCALE -> records.insertAnswer(response, question.id(), null, choices.get(i), null);
				case MULTIPLE -> picked.forEach((p) -> records.insertAnswer(response, question.id(), p, null, null));
				case TEXT -> {
					if (text != null) {
						records.insertAnswer(response, question.id(), null, null, text);
					}
				}
			}
		}
	}

}
