package org.zhengtong.interaction.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.audit.Outcome;
import org.zhengtong.interaction.OfficeRefused;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitView;
import org.zhengtong.shared.Refusal;

/**
 * 派单目录: which unit answers letters on a topic from a region, kept by the receiving
 * office. One rule per topic × region; an empty side covers every topic or region. Every
 * change is audited, a refused one DENIED.
 */
@Service
public class DispatchCatalogue {

	/**
	 * A rule as the page shows it, with its unit's name today and its region's name (a
	 * region stored as a district's id).
	 */
	public record RuleView(UUID id, @Nullable String topic, @Nullable String region, UUID unitId, String unitName,
			String updatedBy, Instant updatedAt, @Nullable String regionName) {
	}

	private final DispatchRules rules;

	private final OfficeRecords records;

	private final UnitManagement units;

	private final AuditManagement audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DispatchCatalogue(DispatchRules rules, OfficeRecords records, UnitManagement units, AuditManagement audit,
			ApplicationEventPublisher events, Clock clock) {
		this.rules = rules;
		this.records = records;
		this.units = units;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Every rule, by topic then region (empty sides last). */
	@Transactional(readOnly = true)
	public List<RuleView> rules() {
		LocalDate today = LocalDate.now(clock);
		return rules.findAll()
			.stream()
			.sorted(Comparator.comparing(DispatchRule::topic, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(DispatchRule::region, Comparator.nullsLast(Comparator.naturalOrder())))
			.map((rule) -> new RuleView(rule.id(), rule.topic(), rule.region(), rule.unitId(),
					units.find(rule.unitId(), today).map((u) -> u.names().fullName()).orElse("—"), rule.updatedBy(),
					rule.updatedAt(), regionName(rule.region(), today)))
			.toList();
	}

	private @Nullable String regionName(@Nullable String region, LocalDate today) {
		if (region == null) {
			return null;
		}
		try {
			return units.find(UUID.fromString(region), today).map((u) -> u.names().fullName()).orElse(region);
		}
		catch (IllegalArgumentException notAnId) {
			return region;
		}
	}

	/** The topics and regions letters and rules use, for suggestions. */
	public List<String> topics() {
		return records.topics();
	}

	public List<String> regions() {
		return records.regions();
	}

	/**
	 * Adds a rule.
	 * @throws OfficeRefused when it names neither topic nor region, the unit is not
	 * active, or a rule for the same topic and region exists
	 */
	@Transactional
	public UUID add(@Nullable String topic, @Nullable String region, UUID unit, String actor) {
		String t = blankToNull(topic);
		String r = blankToNull(region);
		try {
			if (t == null && r == null) {
				throw OfficeRefused.ruleEmpty();
			}
			UnitView target = units.find(unit, LocalDate.now(clock))
				.filter(UnitView::active)
				.orElseThrow(OfficeRefused::unitUnknown);
			boolean exists = rules.findAll()
				.stream()
				.anyMatch((rule) -> same(rule.topic(), t) && same(rule.region(), r));
			if (exists) {
				throw OfficeRefused.ruleExists();
			}
			DispatchRule rule = rules.saveAndFlush(new DispatchRule(t, r, unit, actor, clock.instant()));
			events.publishEvent(AuditableEvent.succeeded(clock.instant(), actor, "interaction.dispatch-rule.added",
					"interaction.dispatch-rule", rule.id().toString(),
					"派单目录：" + describe(t, r) + " → " + target.names().fullName()));
			return rule.id();
		}
		catch (DataIntegrityViolationException twice) {
			throw denied(actor, "interaction.dispatch-rule.added", null, OfficeRefused.ruleExists());
		}
		catch (Refusal refused) {
			throw denied(actor, "interaction.dispatch-rule.added", null, refused);
		}
	}

	/** Removes a rule; letters already routed keep their unit. */
	@Transactional
	public void remove(UUID id, String actor) {
		rules.findById(id).ifPresent((rule) -> {
			rules.delete(rule);
			events.publishEvent(AuditableEvent.succeeded(clock.instant(), actor, "interaction.dispatch-rule.removed",
					"interaction.dispatch-rule", id.toString(), "派单目录：删除 " + describe(rule.topic(), rule.region())));
		});
	}

	private Refusal denied(String actor, String action, @Nullable UUID id, Refusal refused) {
		audit
			.recordApart(AuditableEvent
				.succeeded(clock.instant(), actor, action, "interaction.dispatch-rule",
						id == null ? null : id.toString(), actor + " 修改派单目录，被拒绝（" + refused.messageKey() + "）")
				.withOutcome(Outcome.DENIED));
		return refused;
	}

	private static String describe(@Nullable String topic, @Nullable String region) {
		return (topic == null ? "任何主题" : topic) + " × " + (region == null ? "任何地区" : region);
	}

	private static boolean same(@Nullable String a, @Nullable String b) {
		return a == null ? b == null : b != null && a.equalsIgnoreCase(b);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
