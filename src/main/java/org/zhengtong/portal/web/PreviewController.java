package org.zhengtong.portal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.zhengtong.content.ArticleFiles;
import org.zhengtong.content.Articles;
import org.zhengtong.content.ChannelView;
import org.zhengtong.content.Channels;
import org.zhengtong.content.RevisionView;
import org.zhengtong.content.SiteView;
import org.zhengtong.files.FileLink;
import org.zhengtong.files.FileManagement;
import org.zhengtong.files.FileResponses;
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

	private final ArticleFiles revisionFiles;

	private final Channels channels;

	private final FileManagement files;

	PreviewController(Articles articles, ArticleFiles revisionFiles, Channels channels, FileManagement files) {
		this.articles = articles;
		this.revisionFiles = revisionFiles;
		this.channels = channels;
		this.files = files;
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
		String body = revision.body();
		List<Attachment> attachments = new ArrayList<>();
		for (FileLink file : revisionFiles.files(revision.id())) {
			// The revision's images and attachments are not public yet: through the link
			// too.
			String path = "/preview/" + token + "/files/" + file.id();
			if (!body.contains(file.downloadPath())) {
				attachments.add(new Attachment(file.fileName(), path, file.file().size()));
			}
			body = body.replace(file.downloadPath(), path);
		}
		model.addAttribute("body", body);
		model.addAttribute("attachments", attachments);
		model.addAttribute("revision", revision);
		model.addAttribute("channel", channel);
		model.addAttribute("site", site);
		return "portal/preview";
	}

	/**
	 * 附件 of the previewed revision (its files that are not pictures in the text), read
	 * through the preview link.
	 */
	record Attachment(String name, String path, long size) {
	}

	/** A file of the previewed revision, for whoever has the link, never cached. */
	@GetMapping("/preview/{token}/files/{file}")
	ResponseEntity<Resource> file(@PathVariable String token, @PathVariable UUID file) {
		RevisionView revision = articles.previewed(token).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		FileLink link = revisionFiles.files(revision.id())
			.stream()
			.filter((candidate) -> candidate.id().equals(file))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		return FileResponses.of(link, this.files.contentOf(link.file()), false);
	}

}
