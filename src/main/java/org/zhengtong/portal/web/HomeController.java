package org.zhengtong.portal.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.zhengtong.content.ArticleSummary;
import org.zhengtong.content.PublishedArticles;
import org.zhengtong.content.ChannelView;
import org.zhengtong.content.Channels;
import org.zhengtong.content.Disclosures;
import org.zhengtong.platform.PortalNavigationContributor;
import org.zhengtong.platform.PortalNavigationItem;
import org.zhengtong.platform.WebAreas;

/**
 * The homepage of the Chinese site ({@code /}) and of the English site ({@code /en/}):
 * the newest articles of the channels editors put on it, and the places of 信息公开, 政务服务 and
 * 互动交流.
 */
@Controller
class HomeController implements PortalNavigationContributor {

	static final String VIEW = "portal/home";

	/** Articles in the 图片新闻 of the homepage. */
	static final int COVERS = 4;

	/** Articles in each block of the homepage. */
	static final int BLOCK_SIZE = 6;

	/** A homepage block: a channel with its newest articles. */
	record Block(ChannelView channel, String href, List<ArticleSummary> articles) {
	}

	private final Channels channels;

	private final PublishedArticles articles;

	private final Disclosures disclosures;

	HomeController(Channels channels, PublishedArticles articles, Disclosures disclosures) {
		this.channels = channels;
		this.articles = articles;
		this.disclosures = disclosures;
	}

	@GetMapping({ "/", "/en", "/en/" })
	String home(HttpServletRequest request, Model model) {
		channels.siteFor(WebAreas.pathOf(request)).ifPresent((site) -> {
			model.addAttribute("site", site);
			model.addAttribute("covers", articles.withCover(site.code(), COVERS));
			Map<UUID, List<ArticleSummary>> newest = articles.latestOnHomepage(site.code(), BLOCK_SIZE)
				.stream()
				.collect(Collectors.groupingBy(ArticleSummary::channelId));
			// One block per homepage channel, in the order editors gave the channels.
			model.addAttribute("blocks", channels.tree(site.code())
				.stream()
				.filter((channel) -> channel.onHomepage() && channel.active() && newest.containsKey(channel.id()))
				.map((channel) -> new Block(channel, channel.href(site), newest.get(channel.id())))
				.toList());
			model.addAttribute("disclosed",
					disclosures.catalogue(new Disclosures.Filter(site.code(), null, null, null, null), 0, 5).items());
		});
		return VIEW;
	}

	@Override
	public List<PortalNavigationItem> navigationItems() {
		return List.of(new PortalNavigationItem("nav.home", "/", false, 0),
				new PortalNavigationItem("nav.home", "/en/", true, 0));
	}

}
