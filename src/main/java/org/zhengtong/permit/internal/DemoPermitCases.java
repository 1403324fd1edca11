package org.zhengtong.permit.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ByteArrayResource;
import org.zhengtong.casework.ClockView;
import org.zhengtong.interaction.RatingLevel;
import org.zhengtong.permit.ApplicantKind;
import org.zhengtong.permit.Audience;
import org.zhengtong.permit.GuideState;
import org.zhengtong.permit.LicenceType;
import org.zhengtong.permit.PermitCaseState;
import org.zhengtong.permit.PermitRoles;
import org.zhengtong.permit.SuspensionKind;
import org.zhengtong.permit.WarningLevel;
import org.zhengtong.pki.CertificateView;
import org.zhengtong.platform.DemoTimetable;
import org.zhengtong.shared.CreditCode;
import org.zhengtong.shared.ResidentIdNumber;

/**
 * The demonstration's permit cases, each step through the desks the pages call, at its
 * moment of the past ({@link DemoTimetable}): online applications with their materials
 * (saved, then submitted with a form token) and 窗口收件 registrations; 受理, 不予受理 and 一次性告知补正
 * with the materials handed in afterwards; 审查 and 决定 (准予, 不予许可); 并联 sub-cases reviewed
 * and decided by their departments; 中止 and 恢复, 延期; 黄牌 and 红牌 raised when the 承诺 clock had
 * turned (checked against the clock) and resolved by the decision; 发证 by the seal keeper
 * in a certificate session; 好差评 by the applicant. A showcase of recent cases stands in
 * every state today; older ones are mostly 办结.
 */
final class DemoPermitCases {

	/** Where a case ends. */
	enum Path {

		/** 待受理. */
		SUBMITTED,
		/** 待补正. */
		CORRECTION,
		/** 补正已到, 待受理 again. */
		CORRECTED,
		/** 不予受理. */
		REJECTED,
		/** 审查中. */
		ACCEPTED,
		/** 待决定. */
		REVIEWED,
		/** 待发证. */
		DECIDED,
		/** 准予 and 办结 (with its licence, when the item issues one). */
		CLOSED,
		/** 不予许可. */
		REFUSED

	}

	/** A department's people: clerk, reviewer, leader and (maybe) seal keeper. */
	record Desk(String prefix, UUID department, String clerk, String reviewer, String leader, @Nullable String keeper) {
	}

	/**
	 * Who plays the year.
	 *
	 * @param codePrefix the item codes' prefix ({@code QC})
	 * @param desks by the departments' 机关代字
	 * @param raOperator who approves the seal keepers' certificate requests
	 */
	record Cast(String codePrefix, Map<String, Desk> desks, List<String> citizens, List<String> enterprises,
			String raOperator) {
	}

	/**
	 * One demo case: what is applied for, by whom, where it ends and how it gets there.
	 */
	static final class Plan extends DemoTimetable.Story {

		final Path path;

		final Desk desk;

		final Offer offer;

		final LocalDate day;

		boolean window;

		@Nullable String account;

		ApplicantKind kind = ApplicantKind.ENTERPRISE;

		String name = "";

		String identifier = "";

		boolean correction;

		/** 中止: left open ({@code false}) or resumed ({@code true}); none when null. */
		@Nullable Boolean suspension;

		boolean extended;

		@Nullable WarningLevel warning;

		/**
		 * Joint: whether the sub-cases are decided (else the main case waits on them).
		 */
		boolean subCasesDecided = true;

		@Nullable RatingLevel rating;

		long id;

		@Nullable String number;

		Plan(Path path, Desk desk, Offer offer, LocalDate day) {
			this.path = path;
			this.desk = desk;
			this.offer = offer;
			this.day = day;
		}

	}

	/** An item with its guide in force. */
	record Offer(String code, Audience audience, Guide guide, @Nullable LicenceType licence) {

		boolean joint() {
			return guide.joint();
		}

		boolean hasLicence() {
			return licence != null;
		}

		boolean single() {
			return !guide.joint();
		}

	}

	/** A 1×1 PNG: the scans the demo hands in. */
	static final byte[] SCAN = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0,
			0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89, 0, 0, 0, 0 };

	private static final String[] STREETS = { "长安路", "渭水大道", "丝路街", "钟楼东街", "未央路", "朱雀大街", "含光路", "太白南路" };

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴" };

	private static final String[] GIVEN = { "建华", "秀英", "志强", "海燕", "文博", "晓东", "丽娟", "国平", "春梅", "立新" };

	private static final String[] WINDOW_COMPANIES = { "秦川渭滨餐饮有限公司", "秦川曲江文旅酒店有限公司", "秦川未央运输有限公司", "秦川高新医疗管理有限公司",
			"秦川灞桥建筑安装有限公司", "秦川雁塔教育咨询有限公司" };

	private final DemoPermitServices services;

	private final Cast cast;

	private final DemoTimetable year;

	private final Clock clock;

	private final ZoneId zone;

	private final Random random = new Random(2026_19);

	private final List<Plan> plans = new ArrayList<>();

	private final Map<String, List<Offer>> offers = new HashMap<>();

	private final Map<String, String> serials = new HashMap<>();

	private int licences;

	private int windowSerial;

	DemoPermitCases(DemoPermitServices services, Cast cast, DemoTimetable year, Clock clock) {
		this.services = services;
		this.cast = cast;
		this.year = year;
		this.clock = clock;
		this.zone = clock.getZone();
		for (Desk desk : cast.desks().values()) {
			offers.put(desk.prefix(), offersOf(desk));
		}
	}

	List<Plan> plans() {
		return plans;
	}

	int licences() {
		return licences;
	}

	/**
	 * Each seal keeper's certificate for signing in: a valid one they hold, else one
	 * requested now (the platform makes the key), approved by the RA operator and
	 * collected.
	 */
	void keepersCertified() {
		for (Desk desk : cast.desks().values()) {
			String keeper = desk.keeper();
			if (keeper == null || serials.containsKey(keeper)) {
				continue;
			}
			String serial = services.certificates()
				.certificatesOf(keeper)
				.stream()
				.filter((certificate) -> "VALID".equals(certificate.state())
						&& "STAFF_AUTH".equals(certificate.profile()))
				.map(CertificateView::serial)
				.findFirst()
				.orElseGet(() -> requested(keeper));
			serials.put(keeper, serial);
		}
	}

	private String requested(String keeper) {
		var request = services.certificates().submitForGeneratedKey(keeper);
		services.certificates().approve(request.id(), cast.raOperator(), "演示数据：印章管理员登录证书");
		services.certificates().collect(request.id(), keeper, UUID.randomUUID().toString().toCharArray());
		return services.certificates()
			.requestsOf(keeper)
			.stream()
			.filter((one) -> one.id().equals(request.id()))
			.map((one) -> one.serial())
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElseThrow();
	}

	/** The recent cases: one or more in every state on today's date. */
	void showcase() {
		LocalDate today = LocalDate.now(clock);
		Desk market = desk("秦市监");
		Desk health = desk("秦卫健");
		// 待受理: today and yesterday, online and at the window
		plan(Path.SUBMITTED, market, back(today, 0), false);
		plan(Path.SUBMITTED, health, back(today, 1), false);
		plan(Path.SUBMITTED, any(), back(today, 1), true);
		plan(Path.SUBMITTED, any(), back(today, 0), true);
		// 补正: waiting, and arrived back
		plan(Path.CORRECTION, market, back(today, 6), false);
		plan(Path.CORRECTION, health, back(today, 12), false);
		plan(Path.CORRECTION, any(), back(today, 4), false);
		plan(Path.CORRECTED, market, back(today, 4), false);
		plan(Path.CORRECTED, health, back(today, 5), false);
		plan(Path.REJECTED, any(), back(today, 8), false);
		plan(Path.REJECTED, market, back(today, 15), true);
		// 审查中: fresh ones, one suspended, one resumed, one extended, warned ones
		plan(Path.ACCEPTED, market, back(today, 2), false);
		plan(Path.ACCEPTED, health, back(today, 3), true);
		plan(Path.ACCEPTED, any(), back(today, 2), false);
		plan(Path.ACCEPTED, market, back(today, 6), false).suspension = false;
		plan(Path.ACCEPTED, health, back(today, 14), false).suspension = true;
		plan(Path.ACCEPTED, market, back(today, 4), false).extended = true;
		// 黄牌 and 红牌 still open: accepted long enough ago for the 承诺 clock to have turned
		timed(plan(Path.ACCEPTED, market, today, false), WarningLevel.YELLOW);
		timed(plan(Path.ACCEPTED, health, today, false), WarningLevel.RED);
		timed(plan(Path.ACCEPTED, any(), today, true), WarningLevel.RED);
		// 待决定, 待发证
		plan(Path.REVIEWED, market, back(today, 5), false);
		plan(Path.REVIEWED, health, back(today, 7), false);
		plan(Path.REVIEWED, any(), back(today, 6), true);
		plan(Path.DECIDED, market, back(today, 6), false, Offer::hasLicence);
		plan(Path.DECIDED, health, back(today, 8), true, Offer::hasLicence);
		// 并联: one waiting on its sub-cases, one decided by all
		Plan waiting = plan(Path.REVIEWED, market, back(today, 9), false, Offer::joint);
		waiting.subCasesDecided = false;
		plan(Path.CLOSED, market, back(today, 25), false, Offer::joint).rating = RatingLevel.VERY_SATISFIED;
		plan(Path.ACCEPTED, any(), back(today, 5), false, Offer::joint).subCasesDecided = false;
		// 办结 with a licence, rated; 不予许可; a 差评
		plan(Path.CLOSED, market, back(today, 12), false, Offer::hasLicence).rating = RatingLevel.SATISFIED;
		plan(Path.CLOSED, health, back(today, 14), false, Offer::hasLicence).rating = RatingLevel.VERY_SATISFIED;
		plan(Path.REFUSED, market, back(today, 16), false);
		plan(Path.REFUSED, health, back(today, 18), true);
		Plan bad = plan(Path.CLOSED, health, back(today, 20), false,
				(offer) -> offer.single() && offer.audience() == Audience.ENTERPRISE);
		bad.rating = RatingLevel.VERY_DISSATISFIED;
		bad.warning = WarningLevel.RED;
		Plan hurried = plan(Path.CLOSED, market, back(today, 22), false);
		hurried.warning = WarningLevel.YELLOW;
		hurried.rating = RatingLevel.BASICALLY_SATISFIED;
	}

	/** {@code count} older cases over the year before the showcase: mostly 办结. */
	void older(int count) {
		LocalDate today = LocalDate.now(clock);
		LocalDate first = LocalDate.of(today.getYear(), 1, 5);
		int span = (int) (today.toEpochDay() - first.toEpochDay()) - 60;
		List<Desk> desks = new ArrayList<>(cast.desks().values());
		for (int i = 0; i < count && span > 0; i++) {
			LocalDate day = working(first.plusDays(random.nextInt(span)));
			int dice = random.nextInt(100);
			Path path = dice < 7 ? Path.REJECTED : dice < 17 ? Path.REFUSED : Path.CLOSED;
			// more cases at the two bureaus the README names
			Desk desk = random.nextInt(10) < 6 ? desks.get(random.nextInt(Math.min(2, desks.size())))
					: desks.get(random.nextInt(desks.size()));
			boolean window = random.nextInt(10) < 3;
			Plan plan = plan(path, desk, day, window, random.nextInt(12) == 0 ? Offer::joint : Offer::single);
			plan.correction = !plan.window && random.nextInt(5) == 0;
			if (path != Path.REJECTED) {
				int roll = random.nextInt(100);
				if (roll < 8) {
					plan.warning = WarningLevel.RED;
				}
				else if (roll < 18) {
					plan.warning = WarningLevel.YELLOW;
				}
				plan.suspension = random.nextInt(20) == 0 ? Boolean.TRUE : null;
				plan.extended = random.nextInt(20) == 0;
			}
			if (path != Path.REJECTED && !plan.window && random.nextInt(10) < 6) {
				plan.rating = level();
			}
		}
	}

	/** Puts every plan's steps on the timetable. */
	void schedule() {
		for (Plan plan : plans) {
			steps(plan);
		}
	}

	private void steps(Plan plan) {
		Desk desk = plan.desk;
		LocalDate day = plan.day;
		year.at(at(day, 9 + random.nextInt(7)), plan, "申报 " + plan.offer.code(), () -> submit(plan));
		if (plan.path == Path.SUBMITTED) {
			return;
		}
		if (plan.correction || plan.path == Path.CORRECTION || plan.path == Path.CORRECTED) {
			day = next(day, 1);
			year.at(at(day, 10), plan, "补正告知", () -> services.acceptance()
				.noticeCorrection(plan.id, List.of(new AcceptanceDesk.NoticeLine(0, null, "复印件字迹不清，请上传清晰的扫描件并加盖公章")),
						desk.clerk()));
			if (plan.path == Path.CORRECTION) {
				return;
			}
			day = next(day, 2);
			year.at(at(day, 16), plan, "补正材料", () -> corrected(plan));
			if (plan.path == Path.CORRECTED) {
				return;
			}
		}
		day = next(day, 1);
		if (plan.path == Path.REJECTED) {
			year.at(at(day, 11), plan, "不予受理",
					() -> services.acceptance().reject(plan.id, "申请事项依法不属于本机关职权范围，请向所在区县市场监管部门申请。", desk.clerk()));
			return;
		}
		year.at(at(day, 10), plan, "受理", () -> services.acceptance().accept(plan.id, desk.clerk()));
		LocalDate accepted = day;
		int promised = JointCases.promisedDays(plan.offer.guide());
		// the review goes on once a suspension has ended
		LocalDate resumed = accepted;
		if (plan.suspension != null) {
			LocalDate from = next(accepted, 1);
			year.at(at(from, 14), plan, "中止", () -> services.suspensions()
				.suspend(plan.id, SuspensionKind.INSPECTION, "需对经营场所进行现场核查，核查期间审查期限中止。", 5, desk.reviewer()));
			if (plan.suspension) {
				resumed = next(from, 4);
				year.at(at(resumed, 11), plan, "恢复", () -> services.suspensions().resume(plan.id, desk.reviewer()));
				promised += 5;
			}
		}
		if (plan.extended) {
			year.at(at(next(resumed, 2), 15), plan, "延期", () -> extend(plan));
		}
		// the 承诺 clock turns yellow at four fifths of its days (checked on its last day)
		// and red after its last; a yellow case is decided that day, a red one the next
		LocalDate decideDay;
		if (plan.warning != null) {
			LocalDate warned = plan.warning == WarningLevel.YELLOW ? next(accepted, promised)
					: next(accepted, promised + 1);
			year.at(at(warned, 9), plan, "电子监察", () -> warn(plan));
			day = warned;
			decideDay = plan.warning == WarningLevel.YELLOW ? warned : next(warned, 1);
		}
		else {
			day = next(resumed, Math.max(1, Math.min(promised - 1, 1 + random.nextInt(Math.max(1, promised / 2)))));
			decideDay = next(day, 1);
		}
		if (plan.path == Path.ACCEPTED) {
			if (plan.offer.joint() && plan.subCasesDecided == false) {
				// 并联: the sub-cases' departments review, none has decided yet
				year.at(at(day, 11), plan, "并联审查", () -> subCases(plan, false));
			}
			return;
		}
		if (plan.offer.joint()) {
			LocalDate subDay = day;
			year.at(at(subDay, 10), plan, "并联", () -> subCases(plan, plan.subCasesDecided));
		}
		year.at(at(day, 11), plan, "审查", () -> services.decisions()
			.review(plan.id, "申请材料齐全，符合法定形式，经审查符合" + plan.offer.guide().name() + "的许可条件，建议准予许可。", desk.reviewer()));
		if (plan.path == Path.REVIEWED) {
			return;
		}
		day = decideDay;
		if (plan.path == Path.REFUSED) {
			year.at(at(day, 16), plan, "不予许可", () -> decided(plan, () -> services.decisions()
				.refuse(plan.id, "经现场核查，经营场所与申请材料所述不符，卫生设施未达到规定条件，不符合法定许可条件。", desk.leader())));
			return;
		}
		year.at(at(day, 16), plan, "准予许可", () -> decided(plan, () -> services.decisions()
			.approve(plan.id, "准予" + plan.name + "从事" + plan.offer.guide().name() + "所列事项，按许可范围经营。", desk.leader())));
		if (plan.path == Path.DECIDED) {
			return;
		}
		if (plan.offer.licence() != null && desk.keeper() != null) {
			day = next(day, 1 + random.nextInt(2));
			year.at(at(day, 14), plan, "发证", () -> issue(plan));
		}
		if (plan.rating != null) {
			year.at(at(next(day, 1 + random.nextInt(4)), 20), plan, "好差评", () -> rate(plan));
		}
	}

	private void submit(Plan plan) {
		Guide guide = plan.offer.guide();
		Map<String, String> inputs = answers(plan, guide);
		List<ApplicationService.MaterialUpload> scans = new ArrayList<>();
		List<GuideMaterial> materials = guide.materials();
		for (int i = 0; i < materials.size(); i++) {
			if (materials.get(i).required()) {
				scans.add(new ApplicationService.MaterialUpload(i, materials.get(i).name() + ".png", SCAN.length,
						new ByteArrayResource(SCAN)));
			}
		}
		ApplicationService.Submitted submitted;
		if (plan.window) {
			Desk desk = plan.desk;
			submitted = services.applications()
				.register(new ApplicationService.WindowApplication(plan.offer.code(), plan.kind, plan.name,
						plan.identifier, new ApplicationService.Contact(plan.name, phone(), null), inputs, scans,
						ApplicationCodes.newToken(), desk.clerk(),
						services.scopes().of(desk.clerk(), PermitRoles.RECEIVE, desk.department())));
		}
		else {
			String account = java.util.Objects.requireNonNull(plan.account);
			ApplicationService.Saved saved = services.applications()
				.save(plan.offer.code(), null, account, inputs, new ApplicationService.Contact(null, phone(), null),
						scans);
			submitted = services.applications().submit(saved.draft().id(), account, ApplicationCodes.newToken());
		}
		plan.id = submitted.caseId();
		plan.number = submitted.number();
	}

	private void extend(Plan plan) {
		PermitCase found = services.cases().findById(plan.id).orElseThrow();
		if (services.extensions().allowedDays(found) > 0) {
			services.extensions().extend(plan.id, "需组织专家对申请材料进行论证，经本机关负责人批准延长审查期限。", plan.desk.leader());
		}
	}

	private void corrected(Plan plan) {
		try {
			services.acceptance()
				.uploadCorrection(java.util.Objects.requireNonNull(plan.number), 0, new ByteArrayInputStream(SCAN),
						"补正-清晰扫描件.png", java.util.Objects.requireNonNull(plan.account));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The 并联 parts: each sub-case's department reviews it and (maybe) decides. */
	private void subCases(Plan plan, boolean decide) {
		for (PermitCase sub : services.cases().findByMainCaseIdOrderById(plan.id)) {
			Desk desk = cast.desks()
				.values()
				.stream()
				.filter((one) -> one.department().equals(sub.departmentId()))
				.findFirst()
				.orElseThrow();
			services.decisions().review(sub.id(), "本部门负责的许可条件经审查符合要求，建议准予。", desk.reviewer());
			if (decide) {
				services.decisions().approve(sub.id(), "本部门负责的许可事项准予许可。", desk.leader());
			}
		}
	}

	/**
	 * What the core's sweep reports of the 承诺 clock at this moment, as the 电子监察 listener
	 * takes it: 黄牌 once past the warning instant, 红牌 once past the due instant.
	 */
	private void warn(Plan plan) {
		PermitCase found = services.cases().findById(plan.id).orElseThrow();
		Long clockId = found.promisedClockId();
		if (clockId == null) {
			return;
		}
		ClockView view = services.deadlines().view(clockId);
		Instant now = clock.instant();
		WarningLevel level = now.isAfter(view.dueAt()) ? WarningLevel.RED
				: now.isAfter(view.warnAt()) ? WarningLevel.YELLOW : null;
		if (level != null) {
			services.warnings().raise(clockId, level, view.dueAt());
		}
	}

	/** A decision; its warnings resolve at once (as the 电子监察 listener does after it). */
	private void decided(Plan plan, Runnable decision) {
		decision.run();
		services.warnings().resolveCase(plan.id, Resolution.DECIDED);
	}

	private void issue(Plan plan) {
		Desk desk = plan.desk;
		String keeper = java.util.Objects.requireNonNull(desk.keeper());
		String serial = serials.get(keeper);
		if (serial == null) {
			return;
		}
		PermitCase found = services.cases().findById(plan.id).orElseThrow();
		if (found.state() != PermitCaseState.DECIDED) {
			return;
		}
		IssueDesk.Prefill prefill = services.issues().prefill(found);
		LicenceType type = java.util.Objects.requireNonNull(plan.offer.licence());
		Map<String, String> fields = new LinkedHashMap<>();
		for (String key : type.fields()) {
			String value = prefill.fields().get(key);
			fields.put(key, value != null && !value.isBlank() ? value : licenceField(key, plan));
		}
		DemoCertificateSession.as(keeper, serial,
				() -> services.issues()
					.issue(java.util.Objects.requireNonNull(plan.number), type,
							plan.kind == ApplicantKind.CITIZEN ? plan.identifier : null, fields, null, keeper));
		services.warnings().resolveCase(plan.id, Resolution.ENDED);
		licences++;
	}

	private void rate(Plan plan) {
		String account = plan.account;
		RatingLevel level = plan.rating;
		if (account == null || level == null) {
			return;
		}
		PermitCase found = services.cases().findById(plan.id).orElseThrow();
		if (!services.results().of(found).rateable()) {
			return;
		}
		String comment = switch (level) {
			case VERY_SATISFIED -> "网上申报很方便，一次都没跑，办理很快。";
			case SATISFIED -> "材料清单清楚，工作人员答复及时。";
			case BASICALLY_SATISFIED -> "总体还行，就是补正的要求可以一次说得更清楚些。";
			case DISSATISFIED -> "审查时间比承诺的长，期间也没有人告知进度。";
			case VERY_DISSATISFIED -> "超过承诺时限才办结，多次打电话询问都说在审查，希望改进。";
		};
		services.results().rate(found, level, comment, account);
	}

	// --- planning

	/**
	 * A plan of the desk's items (any), the applicant chosen by the item's audience; a
	 * joint item only when every department it needs is in the cast.
	 */
	private Plan plan(Path path, Desk desk, LocalDate day, boolean window) {
		return plan(path, desk, day, window, Offer::single);
	}

	/**
	 * A plan of one of the desk's items that {@code wanted} (or, when it has none, of the
	 * first desk that has one).
	 */
	private Plan plan(Path path, Desk desk, LocalDate day, boolean window, java.util.function.Predicate<Offer> wanted) {
		List<Desk> candidates = new ArrayList<>(List.of(desk));
		candidates.addAll(cast.desks().values());
		for (Desk one : candidates) {
			List<Offer> fitting = offers.getOrDefault(one.prefix(), List.of())
				.stream()
				.filter(wanted)
				.filter((offer) -> fits(offer, path, one))
				.filter((offer) -> window || offer.guide().online())
				.toList();
			if (!fitting.isEmpty()) {
				return planned(path, one, fitting.get(random.nextInt(fitting.size())), day, window);
			}
		}
		throw new IllegalStateException("No demo item fits a " + path + " case");
	}

	private Plan planned(Path path, Desk desk, Offer offer, LocalDate day, boolean window) {
		Plan plan = new Plan(path, desk, offer, day);
		plan.window = window;
		applicant(plan);
		plans.add(plan);
		return plan;
	}

	/**
	 * The plan moved back so that its 承诺 clock, started on the next working day, has
	 * turned {@code level} by today: yellow due tomorrow, red due two working days ago.
	 */
	private void timed(Plan planned, WarningLevel level) {
		int promised = JointCases.promisedDays(planned.offer.guide());
		LocalDate today = LocalDate.now(clock);
		Plan plan = new Plan(planned.path, planned.desk, planned.offer,
				back(today, level == WarningLevel.YELLOW ? promised : promised + 3));
		plan.window = planned.window;
		plan.account = planned.account;
		plan.kind = planned.kind;
		plan.name = planned.name;
		plan.identifier = planned.identifier;
		plan.warning = level;
		plans.set(plans.indexOf(planned), plan);
	}

	private boolean fits(Offer offer, Path path, Desk desk) {
		if (offer.joint() && !offer.guide()
			.jointDepartments()
			.stream()
			.allMatch((department) -> cast.desks()
				.values()
				.stream()
				.anyMatch((one) -> one.department().equals(department)))) {
			return false;
		}
		return switch (path) {
			case DECIDED -> offer.licence() != null;
			case CLOSED -> offer.licence() == null || desk.keeper() != null;
			default -> true;
		};
	}

	private void applicant(Plan plan) {
		Audience audience = plan.offer.audience();
		boolean citizen = audience == Audience.CITIZEN || (audience == Audience.BOTH && random.nextBoolean());
		// an online citizen's licence needs the full 身份证号 the window keeps
		if (citizen && plan.offer.licence() != null && plan.path != Path.CORRECTION && plan.path != Path.CORRECTED) {
			plan.window = true;
		}
		if (citizen) {
			plan.kind = ApplicantKind.CITIZEN;
			if (!plan.window && !cast.citizens().isEmpty()) {
				plan.account = cast.citizens().get(random.nextInt(cast.citizens().size()));
				plan.name = profileName(plan.account);
			}
			else {
				plan.window = true;
				plan.name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
				String first17 = "610113" + (1960 + random.nextInt(45)) + String.format("%02d", 1 + random.nextInt(12))
						+ String.format("%02d", 1 + random.nextInt(28)) + String.format("%03d", ++windowSerial % 1000);
				plan.identifier = first17 + ResidentIdNumber.checkCharacter(first17);
			}
		}
		else {
			plan.kind = ApplicantKind.ENTERPRISE;
			if (!plan.window && !cast.enterprises().isEmpty()) {
				plan.account = cast.enterprises().get(random.nextInt(cast.enterprises().size()));
				plan.name = profileName(plan.account);
			}
			else {
				plan.window = true;
				plan.name = WINDOW_COMPANIES[random.nextInt(WINDOW_COMPANIES.length)];
				String first17 = "91619900MA" + String.format("%07d", 100 + (++windowSerial));
				plan.identifier = first17 + CreditCode.checkCharacter(first17);
			}
		}
		if (plan.path == Path.CORRECTION || plan.path == Path.CORRECTED) {
			plan.correction = true;
		}
	}

	/** The form's answers: each field's type given a plausible value. */
	private Map<String, String> answers(Plan plan, Guide guide) {
		Map<String, String> inputs = new LinkedHashMap<>();
		String address = "秦川市" + STREETS[random.nextInt(STREETS.length)] + (1 + random.nextInt(300)) + "号";
		for (GuideField field : guide.fields()) {
			String key = field.key();
			String value = switch (field.type()) {
				case TEXT -> key.endsWith("name") ? plan.name.isBlank() ? "秦川演示经营部" : plan.name
						: key.contains("premises") || key.contains("site") || key.contains("location")
								|| key.contains("address") ? address : field.label() + "（演示）";
				case NUMBER -> String.valueOf(
						1 + random.nextInt((int) Math.min(field.maxValue() == null ? 500 : field.maxValue(), 500)));
				case DATE -> plan.day.minusDays(30 + random.nextInt(600)).toString();
				case CHOICE -> {
					String[] options = field.options().split("\n");
					yield options[random.nextInt(options.length)].strip();
				}
				case TABLE -> null;
			};
			if (value != null) {
				inputs.put(key, value);
			}
		}
		return inputs;
	}

	private String licenceField(String key, Plan plan) {
		return switch (key) {
			case "premises" -> "秦川市" + STREETS[(int) (plan.id % STREETS.length)] + (plan.id % 200 + 1) + "号";
			case "businessType" -> "餐饮服务经营者";
			case "legalRepresentative" -> SURNAMES[(int) (plan.id % SURNAMES.length)] + GIVEN[(int) (plan.id % 7)];
			default -> plan.offer.guide().name() + "所列事项";
		};
	}

	private String profileName(String account) {
		return services.applications().profile(account).map((profile) -> profile.name()).orElse(account);
	}

	private RatingLevel level() {
		int dice = random.nextInt(100);
		return dice < 55 ? RatingLevel.VERY_SATISFIED
				: dice < 83 ? RatingLevel.SATISFIED : dice < 93 ? RatingLevel.BASICALLY_SATISFIED
						: dice < 97 ? RatingLevel.DISSATISFIED : RatingLevel.VERY_DISSATISFIED;
	}

	private List<Offer> offersOf(Desk desk) {
		List<Offer> found = new ArrayList<>();
		for (PermitItem item : services.items().findByDepartmentIdOrderByCode(desk.department())) {
			if (item.withdrawn() || !item.code().startsWith(cast.codePrefix() + "-")) {
				continue;
			}
			services.guides()
				.findByItemIdAndState(item.id(), GuideState.PUBLISHED)
				.ifPresent((guide) -> found.add(new Offer(item.code(), item.audience(), guide,
						LicenceType.byCode(guide.licenceType()).orElse(null))));
		}
		return found;
	}

	private Desk desk(String prefix) {
		Desk desk = cast.desks().get(prefix);
		return desk != null ? desk : any();
	}

	private Desk any() {
		List<Desk> desks = new ArrayList<>(cast.desks().values());
		return desks.get(Math.min(desks.size() - 1, 2 + random.nextInt(Math.max(1, desks.size() - 2))));
	}

	private String phone() {
		return String.format("1370000%04d", random.nextInt(10_000));
	}

	// --- days and moments

	private Instant at(LocalDate day, int hour) {
		return day.atTime(LocalTime.of(hour, random.nextInt(60))).atZone(zone).toInstant();
	}

	/** The working day {@code days} working days after {@code day}. */
	private LocalDate next(LocalDate day, int days) {
		return services.calendar().addWorkingDays(day, days);
	}

	/**
	 * The working day {@code days} working days before {@code today} (today itself for
	 * 0).
	 */
	private LocalDate back(LocalDate today, int days) {
		LocalDate day = working(today);
		for (int i = 0; i < days; i++) {
			day = day.minusDays(1);
			while (!services.calendar().isWorkingDay(day)) {
				day = day.minusDays(1);
			}
		}
		return day;
	}

	private LocalDate working(LocalDate day) {
		LocalDate found = day;
		while (!services.calendar().isWorkingDay(found)) {
			found = found.minusDays(1);
		}
		return found;
	}

}
