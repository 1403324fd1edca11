package org.zhengtong.permit.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.ApplicationEventPublisher;
import org.zhengtong.permit.GuideChanged;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitView;
import org.zhengtong.permit.LimitKind;
import org.zhengtong.platform.DemoData;
import org.zhengtong.platform.RunningPlatformOnly;

/**
 * The demo city's 事项目录 ({@link DemoCatalogueItems}): about thirty published items of
 * seven departments, drafted by each department's 事项管理员 and published by its 审批负责人 (the
 * README's people where the demo names them). In force since well before the demo's year,
 * so cases of that year find their guide. Loaded once, on the first start of the demo
 * (when the catalogue is empty); never outside the demo.
 */
@Component
@Order(62)
@RunningPlatformOnly
class DemoCatalogue implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCatalogue.class);

	/** The item codes of the demo: {@code QC-SJ-XK-001}. */
	static final String CODE_PREFIX = "QC";

	/** The people the demo names for two departments: 事项管理员 and 审批负责人. */
	static final Map<String, String[]> PEOPLE = Map.of("秦市监", new String[] { "fengxue", "guoqing" }, "秦卫健",
			new String[] { "caoyu", "xieping" });

	private final CatalogueWriter writer;

	private final PermitItems items;

	private final UnitManagement units;

	private final TransactionTemplate transaction;

	private final Environment environment;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	DemoCatalogue(CatalogueWriter writer, PermitItems items, UnitManagement units, TransactionTemplate transaction,
			Environment environment, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.writer = writer;
		this.items = items;
		this.units = units;
		this.transaction = transaction;
		this.environment = environment;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (!DemoData.enabled(environment) || items.count() > 0) {
			return;
		}
		Map<String, UUID> departments = units.tree(LocalDate.now(clock))
			.stream()
			.filter((unit) -> unit.active() && unit.names().codePrefix() != null)
			.collect(Collectors.toMap((unit) -> unit.names().codePrefix(), UnitView::id, (a, b) -> a));
		long started = System.nanoTime();
		int loaded = load(departments, CODE_PREFIX, clock.instant().minus(Duration.ofDays(400)));
		log.info("Demo data: {} published permit items in {} ms", loaded, (System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * Writes the catalogue for the departments named by their 机关代字 (those missing are
	 * left out, with the joint items that need them), codes starting with {@code prefix},
	 * published at {@code at}; in one transaction. Returns how many items it wrote.
	 */
	int load(Map<String, UUID> departments, String prefix, Instant at) {
		Integer written = transaction.execute((status) -> {
			int count = 0;
			for (DemoCatalogueItems.Item item : DemoCatalogueItems.items()) {
				UUID department = departments.get(item.department());
				if (department == null || !departments.keySet().containsAll(item.joint())) {
					continue;
				}
				Set<UUID> joint = new HashSet<>(item.joint().stream().map(departments::get).toList());
				DemoCatalogueItems.Department where = DemoCatalogueItems.DEPARTMENTS.stream()
					.filter((d) -> d.prefix().equals(item.department()))
					.findFirst()
					.orElseThrow();
				GuideContent content = new GuideContent(item.name(), item.nameEn(), item.synonyms(), item.basis(),
						item.conditions(),
						item.limitKind() == LimitKind.JOINT ? DemoCatalogueItems.JOINT_PROCESS
								: DemoCatalogueItems.PROCESS,
						item.limitKind(), item.legalDays(), item.promisedDays(), item.fee(), item.feeBasis(),
						where.address(), where.phone(), DemoCatalogueItems.HOURS, item.online(), !joint.isEmpty(),
						item.licenceType(), item.materials(), item.fields(), joint);
				String[] people = PEOPLE.getOrDefault(item.department(), new String[] { "system", "system" });
				String code = prefix + "-" + where.letters() + "-XK-" + item.number();
				Guide draft = writer.draft(code, department, item.audience(), item.theme(), content, people[0],
						at.minus(Duration.ofDays(3)));
				writer.submit(draft, people[0], at.minus(Duration.ofDays(2)));
				writer.publish(draft, people[1], at);
				// the search index follows published guides (after the commit)
				events.publishEvent(new GuideChanged(draft.itemId()));
				count++;
			}
			return count;
		});
		return written == null ? 0 : written;
	}

}
