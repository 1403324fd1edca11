package org.zhengtong.content.web;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.content.ArticleFiles;
import org.zhengtong.content.Articles;
import org.zhengtong.content.ChannelKind;
import org.zhengtong.content.ChannelView;
import org.zhengtong.content.Channels;
import org.zhengtong.content.ContentRefused;
import org.zhengtong.content.DeskFilter;
import org.zhengtong.content.DeskItem;
import org.zhengtong.content.DeskList;
import org.zhengtong.content.DisclosureFields;
import org.zhengtong.content.DisclosureKind;
import org.zhengtong.content.DisclosureTopic;
import org.zhengtong.content.Disclosures;
import org.zhengtong.content.Validity;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.content.PublishedArticle;
import org.zhengtong.content.PublishedArticles;
import org.zhengtong.content.RelatedLink;
import org.zhengtong.content.RevisionState;
import org.zhengtong.content.RevisionView;
import org.zhengtong.content.SiteView;
import org.zhengtong.platform.PlatformProperties;
import org.zhengtong.platform.WorkbenchMenuContributor;
import org.zhengtong.platform.WorkbenchMenuItem;
import org.zhengtong.shared.PageOf;
import org.zhengtong.shared.Refusal;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * 稿件 (the editors' desk, {@code content.edit}): my drafts, what waits for my review and
 * what was published lately in my channels; drafting, submitting, reviewing (publish or
 * return with a comment), revising and withdrawing. A revision outside the channels one
 * works in does not exist here (404).
 */
@Controller
class ArticleDeskController implements WorkbenchMenuContributor {

	static final String EDIT = "hasAuthority('content.edit')";

	/** Lines on one page of each of the desk's lists. */
	static final int DESK_PAGE_SIZE = 20;

	private final Articles articles;

	private final Channels channels;

	private final Disclosures disclosures;

	private final UnitManagement units;

	private final Clock clock;

	private final PlatformProperties platform;

	private final MessageSource messages;

	private final ArticleFiles files;

	private final PublishedArticles site;

	ArticleDeskController(Articles articles, ArticleFiles files, PublishedArticles site, Channels channels,
			Disclosures disclosures, UnitManagement units, Clock clock, PlatformProperties platform,
			MessageSource messages) {
		this.files = files;
		this.site = site;
		this.platform = platform;
		this.messages = messages;
		this.articles = articles;
		this.channels = channels;
		this.disclosures = disclosures;
		this.units = units;
		this.clock = clock;
	}

	/**
	 * The catalogue elements as the form sends them (all text, checked by the service).
	 */
	record DisclosureForm(@Nullable String unit, @Nullable String topic, @Nullable String kind,
			@Nullable String documentNumber, @Nullable String writtenOn, @Nullable String interprets,
			@Nullable String issuer) {

		@Nullable DisclosureFields fields() {
			UUID unitId = parse(unit, UUID::fromString);
			DisclosureTopic topicValue = parse(topic, DisclosureTopic::valueOf);
			DisclosureKind kindValue = parse(kind, DisclosureKind::valueOf);
			if (unitId == null || topicValue == null || kindValue == null) {
				return null;
			}
			LocalDate written = parse(writtenOn, LocalDate::parse);
			if (written == null && writtenOn != null && !writtenOn.isBlank()) {
				throw ContentRefused.badDate(writtenOn);
			}
			return new DisclosureFields(unitId, topicValue, kindValue, documentNumber, written,
					parse(interprets, Long::valueOf), issuer);
		}

		private static <T> @Nullable T parse(@Nullable String value, java.util.function.Function<String, T> parser) {
			if (value == null || value.isBlank()) {
				return null;
			}
			try {
				return parser.apply(value.strip());
			}
			catch (RuntimeException ex) {
				return null;
			}
		}

	}

	/** What the catalogue part of the form offers, for a disclosure channel. */
	private void disclosureChoices(Model model, @Nullable ChannelView channel) {
		if (channel == null || channel.kind() != ChannelKind.DISCLOSURE) {
			return;
		}
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("disclosureChannel", true);
		model.addAttribute("units",
				units.tree(today).stream().filter((u) -> u.active() && u.creditCode() != null).toList());
		model.addAttribute("topics", DisclosureTopic.values());
		model.addAttribute("kinds", DisclosureKind.values());
		model.addAttribute("policies",
				disclosures
					.catalogue(new Disclosures.Filter(channel.siteCode(), null, null, DisclosureKind.DOCUMENT, null), 0,
							500)
					.items());
	}

	/**
	 * What the desk's search form sends; a value that is not a state or a day is left
	 * out.
	 *
	 * @param title part of the title or the text
	 */
	record DeskSearch(@Nullable String title, @Nullable UUID channel, @Nullable String state, @Nullable String writer,
			@Nullable String from, @Nullable String to) {

		DeskFilter filter() {
			return new DeskFilter(title, channel, parse(state, DeskFilter.State::valueOf), writer,
					parse(from, LocalDate::parse), parse(to, LocalDate::parse));
		}

		private static <T> @Nullable T parse(@Nullable String value, java.util.function.Function<String, T> parser) {
			if (value == null || value.isBlank()) {
				return null;
			}
			try {
				return parser.apply(value.strip());
			}
			catch (RuntimeException notOne) {
				return null;
			}
		}

	}

	/**
	 * The desk: its lists, each paged with its count, filtered alike by title or text,
	 * channel, state, writer and days; 全部稿件 holds every article of one's channels,
	 * however old.
	 */
	@GetMapping("/workbench/articles")
	@PreAuthorize(EDIT)
	String desk(DeskSearch search, @RequestParam(defaultValue = "0") int minePage,
			@RequestParam(defaultValue = "0") int reviewPage, @RequestParam(defaultValue = "0") int scheduledPage,
			@RequestParam(defaultValue = "0") int publishedPage, @RequestParam(defaultValue = "0") int allPage,
			@RequestParam(defaultValue = "") String view, Principal user, Model model) {
		DeskFilter filter = search.filter();
		if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
			Refusal reversed = ContentRefused.datesReversed(filter.from(), filter.to());
			model.addAttribute("error", reversed.messageKey());
			model.addAttribute("errorArguments", reversed.arguments());
			filter = new DeskFilter(filter.title(), filter.channel(), filter.state(), filter.writer(), null, null);
		}
		DeskFilter applied = filter;
		Map<DeskList, Integer> asked = new EnumMap<>(DeskList.class);
		asked.put(DeskList.MINE, minePage);
		asked.put(DeskList.TO_REVIEW, reviewPage);
		asked.put(DeskList.SCHEDULED, scheduledPage);
		asked.put(DeskList.PUBLISHED, publishedPage);
		asked.put(DeskList.ALL, allPage);
		Map<DeskList, Integer> shown = new EnumMap<>(DeskList.class);
		asked.forEach((list, page) -> {
			PageOf<DeskItem> found = articles.desk(list, user.getName(), applied, null, page, DESK_PAGE_SIZE);
			shown.put(list, found.page());
			model.addAttribute(switch (list) {
				case MINE -> "mine";
				case TO_REVIEW -> "toReview";
				case SCHEDULED -> "scheduled";
				case PUBLISHED -> "published";
				case ALL -> "all";
			}, found);
		});
		model.addAttribute("filter", applied);
		model.addAttribute("states", DeskFilter.State.values());
		// 全部稿件 opens for a search, or when asked for (浏览全部稿件), above the other lists.
		boolean showAll = applied.any() || allPage > 0 || view.equals("all");
		model.addAttribute("showAll", showAll);
		model.addAttribute("links", new DeskLinks(applied, shown, showAll));
		List<Choice> draftable = draftable(user.getName());
		model.addAttribute("draftable", draftable);
		// 批量撤下/移动 need review rights: a writer is not shown what would be refused.
		model.addAttribute("reviewable",
				draftable.stream().filter((c) -> channels.mayReview(user.getName(), c.channel().id())).toList());
		return "content/desk";
	}

	@GetMapping("/workbench/articles/new")
	@PreAuthorize(EDIT)
	String blank(@RequestParam(required = false) @Nullable UUID channel, Principal user, Model model) {
		model.addAttribute("draftable", draftable(user.getName()));
		model.addAttribute("channel", channel);
		model.addAttribute("draft", new Articles.Draft("", null, null, null, ""));
		model.addAttribute("relatedText", "");
		disclosureChoices(model, channel == null ? null : channels.find(channel).orElse(null));
		return "content/new";
	}

	@PostMapping("/workbench/articles")
	@PreAuthorize(EDIT)
	String create(@RequestParam(required = false) @Nullable UUID channel, @RequestParam(defaultValue = "") String title,
			@RequestParam(required = false) @Nullable String subtitle,
			@RequestParam(required = false) @Nullable String source,
			@RequestParam(required = false) @Nullable String author, @RequestParam(defaultValue = "") String body,
			@RequestParam(defaultValue = "") String tags, @RequestParam(defaultValue = "") String related,
			DisclosureForm disclosure, Principal user, Model model, RedirectAttributes redirect) {
		if (channel == null || channels.find(channel).isEmpty()) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		Articles.Draft draft = new Articles.Draft(title, subtitle, source, author, body, null,
				Articles.Draft.splitTags(tags), related(related));
		try {
			RevisionView created = articles.create(channel, draft.withDisclosure(disclosure.fields()), user.getName());
			redirect.addFlashAttribute("success", "content.saved");
			return "redirect:/workbench/articles/revisions/" + created.id();
		}
		catch (Refusal refused) {
			model.addAttribute("error", refused.messageKey());
			model.addAttribute("errorArguments", refused.arguments());
			model.addAttribute("draftable", draftable(user.getName()));
			model.addAttribute("channel", channel);
			model.addAttribute("draft", draft);
			model.addAttribute("relatedText", related);
			model.addAttribute("disclosure", disclosure);
			disclosureChoices(model, channels.find(channel).orElse(null));
			return "content/new";
		}
	}

	@GetMapping("/workbench/articles/revisions/{revision}")
	@PreAuthorize(EDIT)
	String revision(@PathVariable("revision") long id, Principal user, Model model) {
		RevisionView revision = reachable(id, user.getName());
		ChannelView channel = channels.find(revision.channelId()).orElseThrow();
		boolean reviewer = channels.mayReview(user.getName(), channel.id());
		boolean drafter = revision.drafter().equalsIgnoreCase(user.getName());
		model.addAttribute("revision", revision);
		model.addAttribute("channel", channel);
		model.addAttribute("site", channels.site(channel.siteCode()));
		model.addAttribute("history", articles.history(revision.articleId()));
		model.addAttribute("files", files.files(revision.id()));
		model.addAttribute("returns", articles.returns(revision.articleId()));
		model.addAttribute("process", articles.reviewProcess(revision.id()));
		List<RelatedLink> links = articles.related(revision.id());
		model.addAttribute("related", links);
		model.addAttribute("relatedText",
				links.stream().map((link) -> link.title() + " " + link.url()).collect(Collectors.joining("\n")));
		model.addAttribute("article", site.published(revision.articleId()).orElse(null));
		model.addAttribute("editable", drafter && revision.state().editable());
		model.addAttribute("reviewable", !drafter && reviewer && revision.state() == RevisionState.SUBMITTED);
		model.addAttribute("reviewer", reviewer);
		disclosureChoices(model, channel);
		disclosures.fields(revision.id()).ifPresent((fields) -> {
			model.addAttribute("disclosure", fields);
			units.find(fields.unit(), LocalDate.now(clock))
				.ifPresent((unit) -> model.addAttribute("disclosureUnitName", unit.names().fullName()));
		});
		model.addAttribute("validities", Validity.values());
		disclosures.item(revision.articleId()).ifPresent((item) -> model.addAttribute("item", item));
		return "content/revision";
	}

	/**
	 * Two revisions of one article side by side, changes marked: by default this one and
	 * the one before it.
	 */
	@GetMapping("/workbench/articles/revisions/{revision}/compare")
	@PreAuthorize(EDIT)
	String compare(@PathVariable("revision") long id, @RequestParam(required = false) @Nullable Long with,
			Principal user, Locale locale, Model model) {
		RevisionView one = reachable(id, user.getName());
		List<RevisionView> history = articles.history(one.articleId());
		RevisionView other = history.stream()
			.filter((r) -> with == null ? r.number() < one.number() : r.id() == with)
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		RevisionView before = other.number() < one.number() ? other : one;
		RevisionView after = before == one ? other : one;
		List<RevisionComparison.Row> fields = new ArrayList<>(RevisionComparison.fields(before, after));
		fields.add(RevisionComparison.related(articles.related(before.id()), articles.related(after.id())));
		Map<String, RevisionComparison.Picture> pictures = new java.util.HashMap<>();
		for (RevisionView revision : List.of(before, after)) {
			files.files(revision.id())
				.forEach((link) -> pictures.put(link.downloadPath(),
						new RevisionComparison.Picture(link.file().sha256(), link.fileName())));
		}
		List<RevisionComparison.Row> text = RevisionComparison.text(before, after, new RevisionComparison.Pictures(
				pictures, messages.getMessage("content.compare.image", null, "图片", locale)));
		model.addAttribute("before", before);
		model.addAttribute("after", after);
		model.addAttribute("fields", fields);
		model.addAttribute("text", text);
		model.addAttribute("changes",
				java.util.stream.Stream.concat(fields.stream(), text.stream())
					.filter(RevisionComparison.Row::changed)
					.count());
		return "content/compare";
	}

	@PostMapping("/workbench/articles/revisions/{revision}")
	@PreAuthorize(EDIT)
	String save(@PathVariable("revision") long id, @RequestParam(defaultValue = "") String title,
			@RequestParam(required = false) @Nullable String subtitle,
			@RequestParam(required = false) @Nullable String source,
			@RequestParam(required = false) @Nullable String author, @RequestParam(defaultValue = "") String body,
			@RequestParam(defaultValue = "") String tags, @RequestParam(defaultValue = "") String related,
			@RequestParam(defaultValue = "save") String action, DisclosureForm disclosure, Principal user, Model model,
			RedirectAttributes redirect) {
		reachable(id, user.getName());
		Articles.Draft draft = new Articles.Draft(title, subtitle, source, author, body, null,
				Articles.Draft.splitTags(tags), related(related));
		try {
			articles.save(id, draft.withDisclosure(disclosure.fields()), user.getName());
		}
		catch (Refusal refused) {
			// Shown again as typed, with the reason: nothing of the edit is lost.
			revision(id, user, model);
			model.addAttribute("error", refused.messageKey());
			model.addAttribute("errorArguments", refused.arguments());
			model.addAttribute("draft", draft);
			model.addAttribute("relatedText", related);
			model.addAttribute("disclosure", disclosure);
			return "content/revision";
		}
		return act(redirect, id, () -> {
			if (action.equals("submit")) {
				articles.submit(id, user.getName());
				redirect.addFlashAttribute("success", "content.submitted");
			}
			else {
				redirect.addFlashAttribute("success", "content.saved");
			}
		});
	}

	/** An attachment or an image for the writer's open revision, checked by content. */
	@PostMapping("/workbench/articles/revisions/{revision}/files")
	@PreAuthorize(EDIT)
	String upload(@PathVariable("revision") long id,
			@RequestParam(required = false) org.springframework.web.multipart.@Nullable MultipartFile file,
			@RequestParam(defaultValue = "attachment") String kind, Principal user, RedirectAttributes redirect) {
		reachable(id, user.getName());
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("error", "content.file.missing");
			return "redirect:/workbench/articles/revisions/" + id;
		}
		return act(redirect, id, () -> {
			try (java.io.InputStream content = file.getInputStream()) {
				String name = file.getOriginalFilename() == null ? "file" : file.getOriginalFilename();
				files.attach(id, content, name, kind.equals("image"), user.getName());
				redirect.addFlashAttribute("success",
						kind.equals("image") ? "content.file.image" : "content.file.attached");
				redirect.addFlashAttribute("successArguments", new Object[] { name });
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
	}

	/** 题图: one of the revision's images (blank: none). */
	@PostMapping("/workbench/articles/revisions/{revision}/cover")
	@PreAuthorize(EDIT)
	String cover(@PathVariable("revision") long id, @RequestParam(required = false) @Nullable UUID link, Principal user,
			RedirectAttributes redirect) {
		reachable(id, user.getName());
		return act(redirect, id, () -> {
			files.cover(id, link, user.getName());
			redirect.addFlashAttribute("success", link == null ? "content.cover.cleared" : "content.cover.set");
		});
	}

	@PostMapping("/workbench/articles/revisions/{revision}/files/{link}/detach")
	@PreAuthorize(EDIT)
	String detach(@PathVariable("revision") long id, @PathVariable UUID link, Principal user,
			RedirectAttributes redirect) {
		reachable(id, user.getName());
		return act(redirect, id, () -> {
			files.detach(id, link, user.getName());
			redirect.addFlashAttribute("success", "content.file.detached");
		});
	}

	@PostMapping("/workbench/articles/revisions/{revision}/publish")
	@PreAuthorize(EDIT)
	String publish(@PathVariable("revision") long id, Principal user, RedirectAttributes redirect) {
		reachable(id, user.getName());
		return act(redirect, id, () -> {
			articles.publish(id, user.getName());
			redirect.addFlashAttribute("success", "content.published");
		});
	}

	/**
	 * 批量撤下 and 批量移动 from the desk's list of published articles: each article on its own,
	 * so that one refusal (no right in a channel) does not stop the others; those not
	 * done are named with the reason.
	 */
	@PostMapping("/workbench/articles/bulk")
	@PreAuthorize(EDIT)
	String bulk(@RequestParam(name = "article", required = false) @Nullable List<Long> selected,
			@RequestParam(defaultValue = "") String action, @RequestParam(defaultValue = "") String reason,
			@RequestParam(required = false) @Nullable UUID channel, Principal user, Locale locale,
			RedirectAttributes redirect) {
		if (selected == null || selected.isEmpty()) {
			redirect.addFlashAttribute("error", "content.bulk.none");
			return "redirect:/workbench/articles";
		}
		boolean withdraw = action.equals("withdraw");
		if ((withdraw && reason.isBlank()) || (!withdraw && channel == null)) {
			redirect.addFlashAttribute("error", withdraw ? "content.refused.commentMissing" : "content.bulk.none");
			return "redirect:/workbench/articles";
		}
		int done = 0;
		List<String> failed = new ArrayList<>();
		for (long article : selected.stream().distinct().limit(500).toList()) {
			try {
				if (withdraw) {
					articles.withdraw(article, reason, user.getName());
				}
				else {
					articles.move(article, channel, user.getName());
				}
				done++;
			}
			catch (Refusal refused) {
				String title = site.published(article).map(PublishedArticle::title).orElse("#" + article);
				failed.add("《" + title + "》"
						+ messages.getMessage(refused.messageKey(), refused.arguments(), refused.getMessage(), locale));
			}
			catch (IllegalArgumentException ex) {
				failed.add("#" + article);
			}
		}
		if (failed.isEmpty()) {
			redirect.addFlashAttribute("success", "content.bulk.done");
			redirect.addFlashAttribute("successArguments", new Object[] { done });
		}
		else {
			redirect.addFlashAttribute("error", "content.bulk.partly");
			redirect.addFlashAttribute("errorArguments",
					new Object[] { done, failed.size(), String.join("；", failed) });
		}
		return "redirect:/workbench/articles";
	}

	/** 预览链接: shown once, for the writer to send to whoever must read it first. */
	@PostMapping("/workbench/articles/revisions/{revision}/preview")
	@PreAuthorize(EDIT)
	String preview(@PathVariable("revision") long id, Principal user, RedirectAttributes redirect) {
		reachable(id, user.getName());
		return act(redirect, id, () -> {
			String token = articles.sharePreview(id, user.getName());
			redirect.addFlashAttribute("previewLink", platform.absolute("/preview/" + token).toString());
		});
	}

	/** 定时发布: approved now, on the site at the time given. */
	@PostMapping("/workbench/articles/revisions/{revision}/schedule")
	@PreAuthorize(EDIT)
	String schedule(@PathVariable("revision") long id, @RequestParam(defaultValue = "") String at, Principal user,
			RedirectAttributes redirect) {
		reachable(id, user.getName());
		return act(redirect, id, () -> {
			articles.schedule(id, instant(at), user.getName());
			redirect.addFlashAttribute("success", "content.scheduled");
			redirect.addFlashAttribute("successArguments", new Object[] { at.replace('T', ' ') });
		});
	}

	@PostMapping("/workbench/articles/revisions/{revision}/unschedule")
	@PreAuthorize(EDIT)
	String unschedule(@PathVariable("revision") long id, Principal user, RedirectAttributes redirect) {
		reachable(id, user.getName());
		return act(redirect, id, () -> {
			articles.unschedule(id, user.getName());
			redirect.addFlashAttribute("success", "content.unscheduled");
		});
	}

	/** 到期下线: the time the article leaves the site by itself; blank clears it. */
	@PostMapping("/workbench/articles/{article}/expiry")
	@PreAuthorize(EDIT)
	String expiry(@PathVariable long article, @RequestParam(defaultValue = "") String at, Principal user,
			RedirectAttributes redirect) {
		RevisionView newest = newest(article, user.getName());
		return act(redirect, newest.id(), () -> {
			articles.expire(article, at.isBlank() ? null : instant(at), user.getName());
			redirect.addFlashAttribute("success", at.isBlank() ? "content.expiry.cleared" : "content.expiry.set");
		});
	}

	/** One link a line: its title, then its address (the last word). */
	static List<RelatedLink> related(String text) {
		List<RelatedLink> links = new ArrayList<>();
		for (String line : text.split("\\R")) {
			String trimmed = line.strip();
			if (trimmed.isEmpty()) {
				continue;
			}
			int cut = Math.max(trimmed.lastIndexOf(' '), trimmed.lastIndexOf('\u3000'));
			links.add(cut < 0 ? new RelatedLink("", trimmed)
					: new RelatedLink(trimmed.substring(0, cut).strip(), trimmed.substring(cut + 1)));
		}
		return links;
	}

	/** A time from a {@code datetime-local} field, in the platform's zone. */
	private Instant instant(String local) {
		try {
			return LocalDateTime.parse(local.strip()).atZone(clock.getZone()).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw ContentRefused.badTime(local);
		}
	}

	@PostMapping("/workbench/articles/revisions/{revision}/return")
	@PreAuthorize(EDIT)
	String returnToDrafter(@PathVariable("revision") long id, @RequestParam(defaultValue = "") String comment,
			Principal user, RedirectAttributes redirect) {
		reachable(id, user.getName());
		return act(redirect, id, () -> {
			articles.returnToDrafter(id, comment, user.getName());
			redirect.addFlashAttribute("success", "content.returned");
		});
	}

	@PostMapping("/workbench/articles/{article}/revise")
	@PreAuthorize(EDIT)
	String revise(@PathVariable long article, Principal user, RedirectAttributes redirect) {
		RevisionView newest = newest(article, user.getName());
		try {
			RevisionView revision = articles.revise(article, user.getName());
			return "redirect:/workbench/articles/revisions/" + revision.id();
		}
		catch (Refusal refused) {
			redirect.addFlashAttribute("error", refused.messageKey());
			redirect.addFlashAttribute("errorArguments", refused.arguments());
			return "redirect:/workbench/articles/revisions/" + newest.id();
		}
	}

	@PostMapping("/workbench/articles/{article}/withdraw")
	@PreAuthorize(EDIT)
	String withdraw(@PathVariable long article, @RequestParam(defaultValue = "") String reason, Principal user,
			RedirectAttributes redirect) {
		RevisionView newest = newest(article, user.getName());
		return act(redirect, newest.id(), () -> {
			articles.withdraw(article, reason, user.getName());
			redirect.addFlashAttribute("success", "content.withdrawn");
		});
	}

	/** 有效、失效、废止: a reviewer of the item's channel, with the day and the reason. */
	@PostMapping("/workbench/articles/{article}/validity")
	@PreAuthorize(EDIT)
	String validity(@PathVariable long article, @RequestParam(defaultValue = "") String validity,
			@RequestParam(defaultValue = "") String on, @RequestParam(defaultValue = "") String note, Principal user,
			RedirectAttributes redirect) {
		RevisionView newest = newest(article, user.getName());
		return act(redirect, newest.id(), () -> {
			Validity value = DisclosureForm.parse(validity, Validity::valueOf);
			LocalDate day = on.isBlank() ? LocalDate.now(clock) : DisclosureForm.parse(on, LocalDate::parse);
			if (value == null || day == null) {
				throw ContentRefused.badDate(on);
			}
			disclosures.changeValidity(article, value, day, note, user.getName());
			redirect.addFlashAttribute("success", "content.validity.changed");
		});
	}

	/** The article's newest revision, if the user may reach it (else 404). */
	private RevisionView newest(long article, String user) {
		RevisionView newest = articles.history(article)
			.stream()
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		return reachable(newest.id(), user);
	}

	/** The drafter's own revisions, and those of channels one may draft or review in. */
	private RevisionView reachable(long id, String user) {
		return articles.revision(id)
			.filter((r) -> r.drafter().equalsIgnoreCase(user) || channels.levelOf(user, r.channelId()).isPresent())
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

	private static String act(RedirectAttributes redirect, long revision, Runnable action) {
		try {
			action.run();
		}
		catch (Refusal refused) {
			redirect.addFlashAttribute("error", refused.messageKey());
			redirect.addFlashAttribute("errorArguments", refused.arguments());
		}
		return "redirect:/workbench/articles/revisions/" + revision;
	}

	/** Article channels (and single pages) the user may draft in, with their site. */
	record Choice(ChannelView channel, SiteView site) {
	}

	private List<Choice> draftable(String user) {
		return channels.sites()
			.stream()
			.flatMap((site) -> channels.tree(site.code())
				.stream()
				.filter((c) -> c.active() && c.kind() != ChannelKind.LINK)
				.filter((c) -> channels.levelOf(user, c.id()).isPresent())
				.map((c) -> new Choice(c, site)))
			.toList();
	}

	@Override
	public List<WorkbenchMenuItem> menuItems() {
		return List.of(new WorkbenchMenuItem("menu.section.workbench", "menu.articles", "/workbench/articles",
				"content.edit", 25));
	}

}
