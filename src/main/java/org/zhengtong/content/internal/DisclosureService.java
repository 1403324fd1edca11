package org.zhengtong.content.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.content.ChannelKind;
import org.zhengtong.content.ChannelView;
import org.zhengtong.content.ContentRefused;
import org.zhengtong.content.DisclosureFields;
import org.zhengtong.content.DisclosureItem;
import org.zhengtong.content.DisclosureKind;
import org.zhengtong.content.DisclosureTopic;
import org.zhengtong.content.Disclosures;
import org.zhengtong.content.Validity;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitNames;
import org.zhengtong.organization.UnitView;
import org.zhengtong.shared.ListQuery;
import org.zhengtong.shared.ListSort;
import org.zhengtong.shared.PageOf;

/**
 * The disclosure catalogue. Elements are kept per revision while editors work, and copied
 * to the item when a revision is published; the first publication draws the 索引号 from a
 * per-unit, per-year sequence.
 */
@Service
class DisclosureService implements Disclosures {

	/** 机关代字〔年份〕序号号: hexagonal brackets, no leading zeros (GB/T 9704). */
	static final Pattern DOCUMENT_NUMBER = Pattern.compile("[^\\s〔〕]{1,20}〔(19|20)\\d{2}〕[1-9]\\d{0,4}号");

	private final JdbcClient jdbc;

	private final ChannelService channels;

	private final UnitManagement units;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AuditManagement audit;

	DisclosureService(JdbcClient jdbc, ChannelService channels, UnitManagement units, ApplicationEventPublisher events,
			Clock clock, AuditManagement audit) {
		this.audit = audit;
		this.jdbc = jdbc;
		this.channels = channels;
		this.units = units;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The elements of a revision in a disclosure channel, checked: the unit exists and
	 * has a credit code, the document number has its standard form, the date is not in
	 * the future, an interpretation names a published policy of the same site.
	 */
	DisclosureFields checked(@Nullable DisclosureFields fields, ChannelView channel, @Nullable Long ownArticle) {
		if (fields == null) {
			throw ContentRefused.disclosureMissing();
		}
		LocalDate today = LocalDate.now(clock);
		UnitView unit = units.find(fields.unit(), today)
			.filter(UnitView::active)
			.filter((found) -> found.creditCode() != null)
			.orElseThrow(ContentRefused::disclosureUnit);
		String number = fields.documentNumber() == null || fields.documentNumber().isBlank() ? null
				: fields.documentNumber().strip();
		if (number != null && !DOCUMENT_NUMBER.matcher(number).matches()) {
			throw ContentRefused.documentNumber(number);
		}
		if (fields.writtenOn() != null && fields.writtenOn().isAfter(today)) {
			throw ContentRefused.writtenInFuture();
		}
		Long interprets = null;
		if (fields.kind() == DisclosureKind.INTERPRETATION) {
			interprets = fields.interprets();
			Optional<DisclosureItem> policy = interprets == null || interprets.equals(ownArticle) ? Optional.empty()
					: item(interprets);
			if (policy.isEmpty() || policy.get().kind() == DisclosureKind.INTERPRETATION
					|| !siteOfArticle(interprets).equals(channel.siteCode())) {
				throw ContentRefused.interpretsMissing();
			}
		}
		String issuer = fields.issuer() == null || fields.issuer().isBlank() ? null : fields.issuer().strip();
		if (issuer != null && issuer.length() > ISSUER_LENGTH) {
			throw ContentRefused.tooLong("issuer", ISSUER_LENGTH);
		}
		return new DisclosureFields(unit.id(), fields.topic(), fields.kind(), number, fields.writtenOn(), interprets,
				issuer);
	}

	/** The longest 发布机构 name of another government (V82). */
	static final int ISSUER_LENGTH = 100;

	void store(long revision, DisclosureFields fields) {
		jdbc.sql("""
				INSERT INTO content_disclosure_revision (revision_id, unit_id, topic, kind, document_number, written_on,
				    interprets, issuer) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (revision_id) DO UPDATE SET unit_id = EXCLUDED.unit_id, topic = EXCLUDED.topic,
				    kind = EXCLUDED.kind, document_number = EXCLUDED.document_number,
				    written_on = EXCLUDED.written_on, interprets = EXCLUDED.interprets, issuer = EXCLUDED.issuer""")
			.params(revision, fields.unit(), fields.topic().name(), fields.kind().name(), fields.documentNumber(),
					date(fields.writtenOn()), fields.interprets(), fields.issuer())
			.update();
	}

	/** A new revision starts from the elements of the one it revises. */
	void copy(long from, long to) {
		fields(from).ifPresent((fields) -> store(to, fields));
	}

	/**
	 * The revision is now the published one: the item takes its elements, and a 索引号 on
	 * its first publication.
	 */
	void published(long article, long revision, Instant now) {
		Optional<DisclosureFields> found = fields(revision);
		if (found.isEmpty()) {
			return;
		}
		DisclosureFields fields = found.get();
		int updated = jdbc.sql("""
				UPDATE content_disclosure SET unit_id = ?, topic = ?, kind = ?, interprets = ? WHERE article_id = ?""")
			.params(fields.unit(), fields.topic().name(), fields.kind().name(), fields.interprets(), article)
			.update();
		if (updated > 0) {
			return;
		}
		int year = LocalDate.ofInstant(now, clock.getZone()).getYear();
		int sequence = jdbc.sql("""
				INSERT INTO content_disclosure_sequence (unit_id, year, last) VALUES (?, ?, 1)
				ON CONFLICT (unit_id, year) DO UPDATE SET last = content_disclosure_sequence.last + 1 RETURNING last""")
			.params(fields.unit(), year)
			.query(Integer.class)
			.single();
		String creditCode = units.find(fields.unit(), LocalDate.ofInstant(now, clock.getZone()))
			.map(UnitView::creditCode)
			.orElseThrow(ContentRefused::disclosureUnit);
		jdbc.sql(
				"""
						INSERT INTO content_disclosure (article_id, index_number, index_unit_id, index_year, unit_id, topic, kind,
						    interprets, numbered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(article, indexNumber(creditCode, year, sequence), fields.unit(), year, fields.unit(),
					fields.topic().name(), fields.kind().name(), fields.interprets(), Timestamp.from(now))
			.update();
	}

	/**
	 * 索引号: the unit's 统一社会信用代码, the year and a sequence, e.g.
	 * 11619900MB00000097/2026-00012.
	 */
	static String indexNumber(String creditCode, int year, int sequence) {
		return "%s/%d-%05d".formatted(creditCode, year, sequence);
	}

	@Override
	public List<ChannelView> draftableChannels(String username) {
		return channels.sites()
			.stream()
			.flatMap((site) -> channels.tree(site.code()).stream())
			.filter((channel) -> channel.kind() == ChannelKind.DISCLOSURE && channel.active())
			.filter((channel) -> channels.levelOf(username, channel.id()).isPresent())
			.toList();
	}

	@Override
	public Optional<DisclosureFields> fields(long revision) {
		return jdbc.sql("SELECT * FROM content_disclosure_revision WHERE revision_id = ?")
			.param(revision)
			.query((row, number) -> new DisclosureFields(row.getObject("unit_id", UUID.class),
					DisclosureTopic.valueOf(row.getString("topic")), DisclosureKind.valueOf(row.getString("kind")),
					row.getString("document_number"), localDate(row.getDate("written_on")),
					(Long) row.getObject("interprets"), row.getString("issuer")))
			.optional();
	}

	/** The published items of active channels: the catalogue's rows before any filter. */
	private static final String ITEMS_FROM = """
			content_disclosure d
			JOIN content_article a ON a.id = d.article_id AND a.state = 'PUBLISHED'
			JOIN content_revision r ON r.id = a.published_revision
			LEFT JOIN content_disclosure_revision dr ON dr.revision_id = a.published_revision
			JOIN content_channel c ON c.id = a.channel_id AND c.active
			JOIN content_site s ON s.code = c.site_code
			""";

	private static final String ITEMS_COLUMNS = "d.*, a.first_published_at, r.title, dr.document_number, dr.written_on, dr.issuer, s.path_prefix";

	private static final String ITEMS = "SELECT " + ITEMS_COLUMNS + " FROM " + ITEMS_FROM;

	/**
	 * The catalogue as a list: a site's items, filtered, newest first (the article's id
	 * breaking ties), counted from the same rows.
	 */
	static ListQuery catalogueList(Filter filter) {
		return ListQuery.select(ITEMS_COLUMNS, ITEMS_FROM)
			.where("c.site_code = :site")
			.param("site", filter.site())
			// A unit's list is what it issued: another government's document it holds is
			// not listed as the unit's own.
			.filter("d.unit_id = :unit AND dr.issuer IS NULL", "unit", filter.unit())
			.filter("d.topic = :topic", "topic", filter.topic() == null ? null : filter.topic().name())
			.filter("d.kind = :kind", "kind", filter.kind() == null ? null : filter.kind().name())
			.filter("a.channel_id = :channel", "channel", filter.channel())
			.sortable("published", "a.first_published_at")
			.tieBreaker("a.id")
			.defaultSort(ListSort.descending("published"));
	}

	@Override
	public PageOf<DisclosureItem> catalogue(Filter filter, int page, int size) {
		return catalogueList(filter).page(jdbc, null, page, size, items());
	}

	@Override
	public Map<UUID, Long> unitCounts(String site) {
		Map<UUID, Long> counts = new LinkedHashMap<>();
		jdbc.sql("SELECT d.unit_id, count(*) AS n FROM " + ITEMS_FROM
				+ " WHERE c.site_code = ? AND dr.issuer IS NULL GROUP BY d.unit_id ORDER BY count(*) DESC")
			.param(site)
			.query((row, number) -> counts.put(row.getObject("unit_id", UUID.class), row.getLong("n")))
			.list();
		return counts;
	}

	@Override
	public Map<DisclosureTopic, Long> topicCounts(String site, @Nullable UUID unit) {
		Map<DisclosureTopic, Long> counts = new EnumMap<>(DisclosureTopic.class);
		jdbc.sql("SELECT d.topic, count(*) AS n FROM " + ITEMS_FROM
				+ " WHERE c.site_code = :site AND ((d.unit_id = :unit AND dr.issuer IS NULL) OR :any) GROUP BY d.topic")
			.param("site", site)
			.param("unit", unit == null ? new UUID(0, 0) : unit)
			.param("any", unit == null)
			.query((row, number) -> counts.put(DisclosureTopic.valueOf(row.getString("topic")), row.getLong("n")))
			.list();
		return counts;
	}

	@Override
	public Optional<DisclosureItem> item(long article) {
		return jdbc.sql(ITEMS + " WHERE d.article_id = ?").param(article).query(items()).optional();
	}

	@Override
	public List<DisclosureItem> interpretationsOf(long article) {
		return jdbc.sql(ITEMS + " WHERE d.interprets = ? AND d.kind = 'INTERPRETATION' ORDER BY a.first_published_at")
			.param(article)
			.query(items())
			.list();
	}

	@Override
	public List<DisclosureItem> notValidAmong(Collection<Long> articles) {
		if (articles.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(ITEMS + " WHERE d.article_id = ANY(?) AND d.validity <> 'VALID' ORDER BY d.article_id")
			.param(articles.toArray(Long[]::new))
			.query(items())
			.list();
	}

	@Override
	@Transactional
	public DisclosureItem changeValidity(long article, Validity validity, LocalDate on, String note, String actor) {
		DisclosureItem item = item(article).orElseThrow(() -> ContentRefused.wrongState("UNPUBLISHED"));
		UUID channelId = jdbc.sql("SELECT channel_id FROM content_article WHERE id = ?")
			.param(article)
			.query(UUID.class)
			.single();
		ChannelView channel = channels.find(channelId).orElseThrow();
		if (!channels.mayReview(actor, channel.id())) {
			audit.recordApart(DeskGuards.denial(clock.instant(), actor, "content.validity-changed", article));
			throw ContentRefused.notReviewable(channel.name());
		}
		String reason = note.strip();
		if (validity != Validity.VALID && reason.isEmpty()) {
			throw ContentRefused.commentMissing();
		}
		if (reason.length() > 500) {
			throw ContentRefused.tooLong("note", 500);
		}
		if (on.isAfter(LocalDate.now(clock))) {
			throw ContentRefused.validityInFuture();
		}
		boolean valid = validity == Validity.VALID;
		jdbc.sql("""
				UPDATE content_disclosure SET validity = ?, validity_on = ?, validity_note = ?, validity_by = ?
				WHERE article_id = ?""")
			.params(validity.name(), valid ? null : Date.valueOf(on), valid ? null : reason, actor, article)
			.update();
		channels.bump(channel.siteCode());
		events.publishEvent(
				AuditableEvent
					.succeeded(clock.instant(), actor, "content.validity-changed", "article", Long.toString(article),
							actor + " 将《" + item.title() + "》（" + item.indexNumber() + "）的有效性改为 " + validity
									+ (valid ? "" : "：" + reason))
					.withChange(item.validity().name(), validity.name()));
		return item(article).orElseThrow();
	}

	private String siteOfArticle(long article) {
		return jdbc
			.sql("""
					SELECT c.site_code FROM content_article a JOIN content_channel c ON c.id = a.channel_id WHERE a.id = ?""")
			.param(article)
			.query(String.class)
			.optional()
			.orElse("");
	}

	/**
	 * Maps rows to items with the publishing unit's name on the day each was published;
	 * each unit's name history is read once per query, not once per row.
	 */
	private RowMapper<DisclosureItem> items() {
		Map<UUID, List<Map.Entry<LocalDate, UnitNames>>> histories = new HashMap<>();
		return (row, number) -> {
			UUID unit = row.getObject("unit_id", UUID.class);
			Instant published = row.getTimestamp("first_published_at").toInstant();
			LocalDate day = LocalDate.ofInstant(published, clock.getZone());
			List<Map.Entry<LocalDate, UnitNames>> history = histories.computeIfAbsent(unit, units::nameHistory);
			// Newest first: the first name in effect that day, else the oldest one.
			Optional<UnitNames> names = history.stream()
				.filter((entry) -> !entry.getKey().isAfter(day))
				.findFirst()
				.or(() -> history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1)))
				.map(Map.Entry::getValue);
			long article = row.getLong("article_id");
			return new DisclosureItem(article, row.getString("title"),
					row.getString("path_prefix") + "/articles/" + article, row.getString("index_number"), unit,
					names.map(UnitNames::fullName).orElse(""), names.map(UnitNames::englishName).orElse(""),
					DisclosureTopic.valueOf(row.getString("topic")), DisclosureKind.valueOf(row.getString("kind")),
					row.getString("document_number"), localDate(row.getDate("written_on")), published,
					Validity.valueOf(row.getString("validity")), localDate(row.getDate("validity_on")),
					row.getString("validity_note"), (Long) row.getObject("interprets"), row.getString("issuer"));
		};
	}

	private static @Nullable Date date(@Nullable LocalDate day) {
		return day == null ? null : Date.valueOf(day);
	}

	private static @Nullable LocalDate localDate(@Nullable Date date) {
		return date == null ? null : date.toLocalDate();
	}

}
