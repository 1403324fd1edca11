package org.zhengtong.portal.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriUtils;
import org.zhengtong.content.ArticleSummary;
import org.zhengtong.content.PublishedArticles;
import org.zhengtong.content.ChannelKind;
import org.zhengtong.content.ChannelView;
import org.zhengtong.content.Channels;
import org.zhengtong.content.DisclosureItem;
import org.zhengtong.content.Disclosures;
import org.zhengtong.content.PublishedArticle;
import org.zhengtong.content.SiteView;
import org.zhengtong.platform.PlatformProperties;
import org.zhengtong.platform.PortalNavigationContributor;
import org.zhengtong.platform.PortalNavigationItem;
import org.zhengtong.platform.WebAreas;
import org.zhengtong.shared.PageOf;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Channel (栏目) pages and article pages of both sites: {@code /columns/{path}} and
 * {@code /articles/{id}}, the same under {@code /en/}. A withdrawn article answers 410
 * with a page that says so; an article of another site does not exist here.
 */
@Controller
class ColumnController implements PortalNavigationContributor {

	static final int PAGE_SIZE = 20;

	private final Channels channels;

	private final PublishedArticles articles;

	private final Disclosures disclosures;

	private final PlatformProperties platform;

	ColumnController(Channels channels, PublishedArticles articles, Disclosures disclosures,
			PlatformProperties platform) {
		this.platform = platform;
		this.channels = channels;
		this.articles = articles;
		this.disclosures = disclosures;
	}

	/**
	 * Links to other articles in a body: {@code href="/articles/12"} or
	 * {@code /en/articles/12}.
	 */
	static final Pattern ARTICLE_LINK = Pattern.compile("href=\"(?:/en)?/articles/(\\d{1,18})[\"#?]");

	@GetMapping({ "/columns/{*path}", "/en/columns/{*path}" })
	String column(@PathVariable String path, @RequestParam(defaultValue = "0") int page, HttpServletRequest request,
			Model model) {
		SiteView site = site(request);
		ChannelView channel = channels.find(site.code(), path.replaceAll("^/+|/+$", ""))
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		if (channel.kind() == ChannelKind.LINK && channel.linkUrl() != null) {
			return "redirect:" + channel.linkUrl();
		}
		model.addAttribute("site", site);
		model.addAttribute("channel", channel);
		model.addAttribute("trail", trail(channel));
		model.addAttribute("children",
				channels.tree(site.code())
					.stream()
					.filter((c) -> channel.id().equals(c.parentId()) && c.active())
					.toList());
		model.addAttribute("pageLink", channel.href(site) + "?page=");
		if (channel.kind() != ChannelKind.PAGE) {
			model.addAttribute("feed", site.pathPrefix() + "/feeds/" + channel.path());
			model.addAttribute("feedTitle", channel.name());
		}
		if (channel.kind() == ChannelKind.DISCLOSURE) {
			// A disclosure channel lists its catalogue instead of its articles.
			model.addAttribute("catalogue",
					existing(page,
							disclosures.catalogue(new Disclosures.Filter(site.code(), null, null, null, channel.id()),
									Math.max(0, page), PAGE_SIZE)));
			return "portal/column";
		}
		PageOf<ArticleSummary> list = existing(page, articles.publishedIn(channel.id(), Math.max(0, page), PAGE_SIZE));
		model.addAttribute("articles", list);
		if (channel.kind() == ChannelKind.PAGE && !list.items().isEmpty()) {
			model.addAttribute("page", articles.published(list.items().get(0).id()).orElseThrow());
		}
		return "portal/column";
	}

	@GetMapping({ "/articles/{id}", "/en/articles/{id}" })
	String article(@PathVariable long id, HttpServletRequest request, HttpServletResponse response,
			@org.jspecify.annotations.Nullable Authentication user, Model model) {
		SiteView site = site(request);
		PublishedArticle article = articles.published(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		ChannelView channel = channels.find(article.channelId())
			.filter((c) -> c.siteCode().equals(site.code()))
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		model.addAttribute("site", site);
		model.addAttribute("channel", channel);
		model.addAttribute("trail", trail(channel));
		if (article.withdrawn()) {
			response.setStatus(HttpServletResponse.SC_GONE);
			model.addAttribute("withdrawnAt", article.withdrawnAt());
			return "portal/gone";
		}
		model.addAttribute("article", article);
		model.addAttribute("manageLink", manageLink(user, channel, article));
		String address = platform.absolute(site.pathPrefix() + "/articles/" + id).toString();
		model.addAttribute("shareUrl", address);
		model.addAttribute("shares", shares(address, article.title()));
		model.addAttribute("attachments", articles.attachments(id));
		model.addAttribute("related", articles.related(article.id()));
		Optional<DisclosureItem> item = disclosures.item(id);
		model.addAttribute("item", item.orElse(null));
		model.addAttribute("interpretations", disclosures.interpretationsOf(id));
		Set<Long> linked = new LinkedHashSet<>();
		Matcher links = ARTICLE_LINK.matcher(article.body());
		while (links.find()) {
			linked.add(Long.parseLong(links.group(1)));
		}
		item.map(DisclosureItem::interprets).ifPresent(linked::add);
		linked.remove(id);
		model.addAttribute("policy", item.map(DisclosureItem::interprets).flatMap(disclosures::item).orElse(null));
		model.addAttribute("notValid", disclosures.notValidAmong(linked));
		return "portal/article";
	}

	/**
	 * 管理本文: for a signed-in editor who works in the article's channel, the article's page
	 * on the desk. Only a signed-in visitor has it: their pages are never stored by the
	 * page cache, browsers or proxies ({@code private, no-store}); an anonymous page
	 * never shows it.
	 */
	private @org.jspecify.annotations.Nullable String manageLink(@org.jspecify.annotations.Nullable Authentication user,
			ChannelView channel, PublishedArticle article) {
		if (user == null || !user.isAuthenticated()
				|| user.getAuthorities()
					.stream()
					.noneMatch((authority) -> "content.edit".equals(authority.getAuthority()))) {
			return null;
		}
		return channels.levelOf(user.getName(), channel.id()).isPresent()
				? "/workbench/articles/revisions/" + article.revisionId() : null;
	}

	/** 标签: the site's published articles with a tag, newest first. */
	@GetMapping({ "/tags/{tag}", "/en/tags/{tag}" })
	String tag(@PathVariable String tag, @RequestParam(defaultValue = "0") int page, HttpServletRequest request,
			Model model) {
		SiteView site = site(request);
		if (tag.isBlank() || tag.length() > 20) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		PageOf<ArticleSummary> list = existing(page, articles.tagged(site.code(), tag, Math.max(0, page), PAGE_SIZE));
		if (list.total() == 0) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		model.addAttribute("site", site);
		model.addAttribute("tag", tag);
		model.addAttribute("articles", list);
		model.addAttribute("pageLink",
				site.pathPrefix() + "/tags/" + UriUtils.encodePathSegment(tag, StandardCharsets.UTF_8) + "?page=");
		return "portal/tag";
	}

	/** Somewhere an article is shared to, with the link that does it. */
	record Share(String labelKey, String href) {
	}

	/** 微博, QQ空间 and e-mail, each given the page's address and title. */
	static List<Share> shares(String address, String title) {
		String url = UriUtils.encode(address, StandardCharsets.UTF_8);
		String text = UriUtils.encode(title, StandardCharsets.UTF_8);
		return List.of(
				new Share("share.weibo", "https://service.weibo.com/share/share.php?url=" + url + "&title=" + text),
				new Share("share.qzone",
						"https://sns.qzone.qq.com/cgi-bin/qzshare/cgi_qzshare_onekey?url=" + url + "&title=" + text),
				new Share("share.email", "mailto:?subject=" + text + "&body=" + url));
	}

	/** A page of a list, or 404 for a page number beyond its end. */
	private static <T> PageOf<T> existing(int page, PageOf<T> list) {
		// Past the last page: 404 (a list built with ListQuery shows its last page
		// instead).
		if (page > 0 && (list.items().isEmpty() || list.page() != page)) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		return list;
	}

	/** The channels from the top down to this one. */
	private List<ChannelView> trail(ChannelView channel) {
		List<ChannelView> trail = new ArrayList<>();
		Optional<ChannelView> current = Optional.of(channel);
		while (current.isPresent()) {
			trail.add(0, current.get());
			current = current.get().parentId() == null ? Optional.empty() : channels.find(current.get().parentId());
		}
		return trail;
	}

	private SiteView site(HttpServletRequest request) {
		return channels.siteFor(WebAreas.pathOf(request)).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

	/** The channels editors put in each site's navigation, after 首页. */
	@Override
	public List<PortalNavigationItem> navigationItems() {
		List<PortalNavigationItem> items = new ArrayList<>();
		for (SiteView site : channels.sites()) {
			for (ChannelView channel : channels.navigation(site.code())) {
				items.add(PortalNavigationItem.named(channel.name(), channel.href(site), site.english(),
						10 + channel.sortOrder()));
			}
		}
		return items;
	}

}
