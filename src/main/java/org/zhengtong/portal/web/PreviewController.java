package org.zhengtong.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.zhengtong.content.Articles;
import org.zhengtong.content.ChannelView;
import org.zhengtong.content.Channels;
import org.zhengtong.content.RevisionView;
import org.zhengtong.content.SiteView;
import org.zhengtong.platform.WebAreas;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * 预览链接 ({@code /preview/{token}}): an unpublished revision as the site would show it, for
 * whoever has the link while it is valid. Never cached, never indexed; an unknown or
 * expired link is simply not found.
 */
@Controller
class PreviewController {

	private final Articles articles;

	private final Channels channels;

	PreviewController(Articles articles, Channels channels) {
		this.articles = articles;
		this.channels = channels;
	}

	@GetMapping({ "/preview/{token}", "/en/preview/{token}" })
	String preview(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
		response.setHeader("X-Robots-Tag", "noindex, nofollow");
		RevisionView revision = articles.previewed(token).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		ChannelView channel = channels.find(revision.channelId()).orElseThrow();
		SiteView site = channels.site(channel.siteCode());
		if (site.english() != WebAreas.isEnglishSite(WebAreas.pathOf(request))) {
			// In the layout and language of the site it will appear on.
			return "redirect:" + site.pathPrefix() + "/preview/" + token;
		}
		model.addAttribute("revision", revision);
		model.addAttribute("channel", channel);
		model.addAttribute("site", site);
		return "portal/preview";
	}

}
