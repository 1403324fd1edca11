package org.zhengtong.portal.web;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.zhengtong.content.ArticleSummary;
import org.zhengtong.content.PublishedArticles;
import org.zhengtong.content.ChannelKind;
import org.zhengtong.content.ChannelView;
import org.zhengtong.content.Channels;
import org.zhengtong.content.Disclosures;
import org.zhengtong.content.PublishedArticle;
import org.zhengtong.content.SiteView;
import org.zhengtong.files.FileLink;
import org.zhengtong.files.FileManagement;
import org.zhengtong.platform.PlatformProperties;
import org.zhengtong.platform.SiteProperties;
import org.zhengtong.platform.WebAreas;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * What machines read: an RSS 2.0 feed of each channel ({@code /feeds/{path}}, the same
 * under {@code /en/}), {@code /sitemap.xml} for search engines (an index of files of at
 * most 50,000 addresses, as the sitemap protocol allows, so it holds a million articles),
 * and the 网站地图 page people read ({@code /sitemap}). Addresses are absolute, built from
 * {@code zhengtong.public-base-url}.
 */
@Controller
class FeedController {

	static final int FEED_SIZE = 20;

	/** The sitemap protocol's limit of addresses in one file. */
	static final int SITEMAP_FILE = 50_000;

	static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");

	static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

	private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private final Channels channels;

	private final PublishedArticles articles;

	private final Disclosures disclosures;

	private final PlatformProperties platform;

	private final SiteProperties government;

	private final FileManagement files;

	FeedController(Channels channels, PublishedArticles articles, Disclosures disclosures, PlatformProperties platform,
			SiteProperties government, FileManagement files) {
		this.government = government;
		this.files = files;
		this.channels = channels;
		this.articles = articles;
		this.disclosures = disclosures;
		this.platform = platform;
	}

	/**
	 * One entry of a feed.
	 *
	 * @param cover its 题图, sent as the item's enclosure, or {@code null}
	 */
	private record Entry(String title, String path, Instant published, String description, @Nullable FileLink cover) {
	}

	@GetMapping({ "/feeds/{*path}", "/en/feeds/{*path}" })
	ResponseEntity<byte[]> feed(@PathVariable String path, HttpServletRequest request) throws XMLStreamException {
		SiteView site = site(request);
		ChannelView channel = channels.find(site.code(), path.replaceAll("^/+|/+$", ""))
			.filter((found) -> found.active() && found.kind() != ChannelKind.LINK)
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		List<Entry> entries;
		if (channel.kind() == ChannelKind.DISCLOSURE) {
			entries = disclosures
				.catalogue(new Disclosures.Filter(site.code(), null, null, null, channel.id()), 0, FEED_SIZE)
				.items()
				.stream()
				.map((item) -> new Entry(item.title(), item.path(), item.publishedAt(), item.reference(), null))
				.toList();
		}
		else {
			entries = articles.latestIn(channel.id(), FEED_SIZE)
				.stream()
				.map((article) -> new Entry(article.title(), site.pathPrefix() + "/articles/" + article.id(),
						article.firstPublishedAt(), description(article),
						article.coverLink() == null ? null : files.find(article.coverLink()).orElse(null)))
				.toList();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("rss");
		xml.writeAttribute("version", "2.0");
		xml.writeStartElement("channel");
		element(xml, "title",
				channel.name() + " - " + government.nameFor(site.english() ? Locale.ENGLISH : Locale.CHINESE));
		element(xml, "link", absolute(channel.href(site)));
		element(xml, "description", channel.name());
		element(xml, "language", site.english() ? "en" : "zh-CN");
		if (!entries.isEmpty()) {
			element(xml, "lastBuildDate", rfc1123(entries.get(0).published()));
		}
		for (Entry entry : entries) {
			xml.writeStartElement("item");
			element(xml, "title", entry.title());
			element(xml, "link", absolute(entry.path()));
			xml.writeStartElement("guid");
			xml.writeAttribute("isPermaLink", "true");
			xml.writeCharacters(absolute(entry.path()));
			xml.writeEndElement();
			element(xml, "pubDate", rfc1123(entry.published()));
			element(xml, "description", entry.description());
			if (entry.cover() != null) {
				xml.writeEmptyElement("enclosure");
				xml.writeAttribute("url", absolute(entry.cover().downloadPath()));
				xml.writeAttribute("length", Long.toString(entry.cover().file().size()));
				xml.writeAttribute("type", entry.cover().file().mediaType());
			}
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return ResponseEntity.ok().contentType(RSS).body(out.toByteArray());
	}

	/**
	 * The sitemap index: one file of the sites' own pages, then one for each 50,000
	 * article ids.
	 */
	@GetMapping("/sitemap.xml")
	ResponseEntity<byte[]> sitemapIndex() throws XMLStreamException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		XMLStreamWriter xml = xml(out, "sitemapindex");
		sitemap(xml, "/sitemaps/pages.xml");
		long files = articles.lastPublishedId() / SITEMAP_FILE + 1;
		for (long file = 0; file < files; file++) {
			sitemap(xml, "/sitemaps/articles-" + file + ".xml");
		}
		return finish(xml, out);
	}

	/** Homepages, channels and the catalogue pages of every site. */
	@GetMapping("/sitemaps/pages.xml")
	ResponseEntity<byte[]> sitemapPages() throws XMLStreamException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		XMLStreamWriter xml = xml(out, "urlset");
		for (SiteView site : channels.sites()) {
			url(xml, site.pathPrefix() + "/", null);
			url(xml, site.pathPrefix() + "/disclosure", null);
			url(xml, site.pathPrefix() + "/sitemap", null);
			for (ChannelView channel : channels.tree(site.code())) {
				if (channel.active() && channel.kind() != ChannelKind.LINK) {
					url(xml, channel.href(site), null);
				}
			}
		}
		return finish(xml, out);
	}

	/** Published articles with ids from {@code file × 50,000}, with their last change. */
	@GetMapping("/sitemaps/articles-{file}.xml")
	ResponseEntity<byte[]> sitemapArticles(@PathVariable long file) throws XMLStreamException {
		if (file < 0 || file > articles.lastPublishedId() / SITEMAP_FILE) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		Map<UUID, Optional<String>> prefixes = new HashMap<>();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		XMLStreamWriter xml = xml(out, "urlset");
		for (ArticleSummary article : articles.publishedWithIds(file * SITEMAP_FILE, (file + 1) * SITEMAP_FILE)) {
			Optional<String> prefix = prefixes.computeIfAbsent(article.channelId(),
					(channel) -> channels.find(channel).map((found) -> channels.site(found.siteCode()).pathPrefix()));
			if (prefix.isPresent()) {
				url(xml, prefix.get() + "/articles/" + article.id(), article.publishedAt());
			}
		}
		return finish(xml, out);
	}

	/** 网站地图: every channel of the site, as a tree, with the other sections. */
	@GetMapping({ "/sitemap", "/en/sitemap" })
	String siteMap(HttpServletRequest request, Model model) {
		SiteView site = site(request);
		model.addAttribute("site", site);
		Map<UUID, List<ChannelView>> children = new HashMap<>();
		List<ChannelView> top = new ArrayList<>();
		Set<UUID> shown = new HashSet<>();
		for (ChannelView channel : channels.tree(site.code())) {
			// Parents come first: below an inactive channel, nothing is shown.
			if (!channel.active() || (channel.parentId() != null && !shown.contains(channel.parentId()))) {
				continue;
			}
			shown.add(channel.id());
			if (channel.parentId() == null) {
				top.add(channel);
			}
			else {
				children.computeIfAbsent(channel.parentId(), (parent) -> new ArrayList<>()).add(channel);
			}
		}
		model.addAttribute("top", top);
		model.addAttribute("children", children);
		return "portal/sitemap";
	}

	private static String description(PublishedArticle article) {
		return article.subtitle() != null ? article.subtitle() : article.excerpt(200);
	}

	private String absolute(String path) {
		return path.startsWith("http://") || path.startsWith("https://") ? path : platform.absolute(path).toString();
	}

	private static String rfc1123(Instant instant) {
		return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
	}

	private static XMLStreamWriter xml(ByteArrayOutputStream out, String root) throws XMLStreamException {
		XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement(root);
		xml.writeDefaultNamespace(SITEMAP_NS);
		return xml;
	}

	private void sitemap(XMLStreamWriter xml, String path) throws XMLStreamException {
		xml.writeStartElement("sitemap");
		element(xml, "loc", absolute(path));
		xml.writeEndElement();
	}

	private void url(XMLStreamWriter xml, String path, @Nullable Instant modified) throws XMLStreamException {
		xml.writeStartElement("url");
		element(xml, "loc", absolute(path));
		if (modified != null) {
			element(xml, "lastmod", DateTimeFormatter.ISO_INSTANT.format(modified));
		}
		xml.writeEndElement();
	}

	private static ResponseEntity<byte[]> finish(XMLStreamWriter xml, ByteArrayOutputStream out)
			throws XMLStreamException {
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return ResponseEntity.ok().contentType(XML).body(out.toByteArray());
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private SiteView site(HttpServletRequest request) {
		return channels.siteFor(WebAreas.pathOf(request)).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

}
