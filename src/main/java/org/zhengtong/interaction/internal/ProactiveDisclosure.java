package org.zhengtong.interaction.internal;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.audit.Outcome;
import org.zhengtong.content.Articles;
import org.zhengtong.content.ChannelView;
import org.zhengtong.content.DisclosureFields;
import org.zhengtong.content.DisclosureKind;
import org.zhengtong.content.DisclosureTopic;
import org.zhengtong.content.Disclosures;
import org.zhengtong.content.RevisionView;
import org.zhengtong.identity.AccessScopes;
import org.zhengtong.interaction.DisclosureRefused;
import org.zhengtong.organization.PostView;
import org.zhengtong.shared.Refusal;

/**
 * 依申请转主动 (政府信息公开条例 art. 44: information that is requested and may be disclosed is made
 * public of the authority's own accord): from a request answered 予以公开 or 部分公开, the unit's
 * 信息公开专员 starts a draft item in a disclosure channel of content where they may draft —
 * 发布机构 the request's unit, a 主题分类, the title from what was asked and the text from the
 * answer, with the applicant's name and numbers taken out. The draft then goes through
 * content's own review (谁发布、谁审核): nothing is published from here. One draft per request;
 * asked again, the same draft is found. Audited; refused steps are audited DENIED apart
 * and change nothing.
 */
@Service
public class ProactiveDisclosure {

	/** The longest title made from the request (content takes up to 200). */
	static final int TITLE_LENGTH = 60;

	private static final String ACTION = "interaction.disclosure.proactive-drafted";

	/**
	 * The permission of content's desk, where the draft is written and sent to review.
	 */
	static final String CONTENT_EDIT = "content.edit";

	/** The draft a request became, and who started it when. */
	public record Drafted(long article, long revision, String by, java.time.Instant at) {
	}

	private final DisclosureRequests requests;

	private final DisclosureAccess access;

	private final ProactiveRecords records;

	private final Articles articles;

	private final Disclosures disclosures;

	private final ApplicationEventPublisher events;

	private final AuditManagement audit;

	private final Clock clock;

	private final AccessScopes scopes;

	ProactiveDisclosure(DisclosureRequests requests, DisclosureAccess access, ProactiveRecords records,
			Articles articles, Disclosures disclosures, ApplicationEventPublisher events, AuditManagement audit,
			Clock clock, AccessScopes scopes) {
		this.scopes = scopes;
		this.requests = requests;
		this.access = access;
		this.records = records;
		this.articles = articles;
		this.disclosures = disclosures;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/** The draft the request became, if it did. */
	@Transactional(readOnly = true)
	public Optional<Drafted> draftOf(UUID request) {
		return records.find(request);
	}

	/**
	 * Whether the answer discloses something that could be made public of its own accord.
	 */
	public static boolean disclosable(DisclosureRequest request) {
		return request.state() == DisclosureState.ANSWERED && (request.replyType() == DisclosureReply.DISCLOSED
				|| request.replyType() == DisclosureReply.PARTLY_DISCLOSED);
	}

	/**
	 * The disclosure channels where the officer may start the draft: those content lets
	 * them draft in, when they work on content's desk (网站编辑) at all; else none.
	 */
	public List<ChannelView> channelsFor(String officer) {
		PostView post = scopes.postInUse(officer);
		if (scopes.of(officer, CONTENT_EDIT, post == null ? null : post.unitId()).isEmpty()) {
			return List.of();
		}
		return disclosures.draftableChannels(officer);
	}

	/**
	 * Starts the draft item in {@code channel} (or the first channel the officer may
	 * draft in), or finds the one started before.
	 * @throws DisclosureRefused not found for anyone but the 信息公开专员 of the request's
	 * unit; when the answer disclosed nothing; when the officer may draft in no
	 * disclosure channel (or not in the one chosen)
	 */
	@Transactional
	public Drafted draft(UUID id, @Nullable UUID channel, DisclosureTopic topic, String actor) {
		try {
			if (!records.lock(id)) {
				throw DisclosureRefused.notFound();
			}
			DisclosureRequest request = requests.findById(id).orElseThrow(DisclosureRefused::notFound);
			if (!access.officer(actor, request.unitId())) {
				throw DisclosureRefused.notFound();
			}
			Optional<Drafted> before = records.find(id);
			if (before.isPresent()) {
				return before.get();
			}
			if (!disclosable(request)) {
				throw DisclosureRefused.of("interaction.disclosure.refused.proactiveNotDisclosed");
			}
			List<ChannelView> mine = channelsFor(actor);
			ChannelView target = (channel == null ? mine.stream().findFirst()
					: mine.stream().filter((found) -> found.id().equals(channel)).findFirst())
				.orElseThrow(() -> DisclosureRefused.of("interaction.disclosure.refused.proactiveNoChannel"));
			RevisionView draft = articles.create(target.id(),
					new Articles.Draft(title(request), null, null, null, body(request),
							new DisclosureFields(request.unitId(), topic, DisclosureKind.DOCUMENT, null, null, null)),
					actor);
			Drafted drafted = new Drafted(draft.articleId(), draft.id(), actor, clock.instant());
			records.insert(id, drafted.article(), drafted.revision(), actor, drafted.at());
			events.publishEvent(AuditableEvent.succeeded(clock.instant(), actor, ACTION,
					DisclosureRequestService.OBJECT, id.toString(),
					"依申请转主动：" + request.number() + " 在栏目 " + target.name() + " 起草《" + draft.title() + "》，待审核发布"));
			return drafted;
		}
		catch (Refusal refused) {
			audit.recordApart(
					AuditableEvent
						.succeeded(clock.instant(), actor, ACTION, DisclosureRequestService.OBJECT, id.toString(),
								"拒绝：" + refused.getMessage())
						.withOutcome(Outcome.DENIED));
			throw refused;
		}
	}

	/** What was asked for, on one line, as the item's title. */
	static String title(DisclosureRequest request) {
		String asked = request.description().replaceAll("\\s+", " ").strip();
		return asked.length() > TITLE_LENGTH ? asked.substring(0, TITLE_LENGTH) + "…" : asked;
	}

	/**
	 * The answer's text as paragraphs, escaped, without the applicant: their name becomes
	 * 申请人, ID and phone numbers are masked. The officer edits it before sending it to
	 * review.
	 */
	static String body(DisclosureRequest request) {
		String text = request.replyText() == null ? request.description() : request.replyText();
		String name = request.applicantName().strip();
		if (name.length() > 1) {
			text = text.replace(name, "申请人");
		}
		String masked = Masks.inText(text);
		return Arrays.stream(masked.split("\\R+"))
			.map(String::strip)
			.filter((line) -> !line.isEmpty())
			.map((line) -> "<p>" + HtmlUtils.htmlEscape(line, "UTF-8") + "</p>")
			.collect(Collectors.joining("\n"));
	}

}
