package org.zhengtong.content.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.content.Articles;
import org.zhengtong.content.ChannelKind;
import org.zhengtong.content.Channels;
import org.zhengtong.platform.JobView;
import org.zhengtong.shared.Refusal;
import org.zhengtong.shared.Spreadsheets;

/**
 * 导入稿件 on the editors' desk: from a spreadsheet (with its template) or from Word and OFD
 * files, into a channel the editor writes in, then the job's progress page.
 */
@Controller
class ArticleImportController {

	static final String EDIT = "hasAuthority('content.edit')";

	private final Articles articles;

	private final Channels channels;

	ArticleImportController(Articles articles, Channels channels) {
		this.articles = articles;
		this.channels = channels;
	}

	@GetMapping("/workbench/articles/import")
	@PreAuthorize(EDIT)
	String page(Principal user, Model model) {
		model.addAttribute("choices", choices(user));
		return "content/import";
	}

	@GetMapping("/workbench/articles/import/documents")
	@PreAuthorize(EDIT)
	String documentsPage(Principal user, Model model) {
		model.addAttribute("choices", choices(user));
		return "content/import-documents";
	}

	/** The channels of articles and pages the editor drafts in. */
	private List<ArticleDeskController.Choice> choices(Principal user) {
		return channels.sites()
			.stream()
			.flatMap((site) -> channels.tree(site.code())
				.stream()
				.filter((c) -> c.active() && (c.kind() == ChannelKind.ARTICLES || c.kind() == ChannelKind.PAGE))
				.filter((c) -> channels.levelOf(user.getName(), c.id()).isPresent())
				.map((c) -> new ArticleDeskController.Choice(c, site)))
			.toList();
	}

	@GetMapping("/workbench/articles/import/template.xlsx")
	@PreAuthorize(EDIT)
	ResponseEntity<byte[]> template() throws IOException {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(Spreadsheets.XLSX))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("稿件导入模板.xlsx", StandardCharsets.UTF_8).build().toString())
			.body(articles.importTemplate());
	}

	@PostMapping("/workbench/articles/import")
	@PreAuthorize(EDIT)
	String upload(@RequestParam(required = false) @Nullable UUID channel,
			@RequestParam(required = false) @Nullable MultipartFile workbook, Principal user, Locale locale,
			RedirectAttributes redirect) throws IOException {
		if (workbook == null || workbook.isEmpty() || channel == null || channels.find(channel).isEmpty()) {
			redirect.addFlashAttribute("error", "content.import.noFile");
			return "redirect:/workbench/articles/import";
		}
		try (InputStream content = workbook.getInputStream()) {
			String name = workbook.getOriginalFilename() == null ? "import.xlsx" : workbook.getOriginalFilename();
			JobView job = articles.importDrafts(channel, content, name, user.getName(), locale);
			return "redirect:/workbench/jobs/" + job.id();
		}
		catch (Refusal refused) {
			return refused(refused, redirect, "redirect:/workbench/articles/import");
		}
	}

	/**
	 * Files chosen one by one, or a whole folder (the browser then sends every file in
	 * it, under its path).
	 */
	@PostMapping("/workbench/articles/import/documents")
	@PreAuthorize(EDIT)
	String uploadDocuments(@RequestParam(required = false) @Nullable UUID channel,
			@RequestParam(name = "documents", required = false) @Nullable List<MultipartFile> documents,
			@RequestParam(name = "folder", required = false) @Nullable List<MultipartFile> folder, Principal user,
			Locale locale, RedirectAttributes redirect) throws IOException {
		List<Articles.Upload> uploads = Stream.of(documents, folder)
			.filter(Objects::nonNull)
			.flatMap(List::stream)
			.filter((file) -> !file.isEmpty() && file.getOriginalFilename() != null)
			.map((file) -> new Articles.Upload(Objects.requireNonNull(file.getOriginalFilename()), file))
			.toList();
		if (uploads.isEmpty() || channel == null || channels.find(channel).isEmpty()) {
			redirect.addFlashAttribute("error", "content.import.documents.none");
			return "redirect:/workbench/articles/import/documents";
		}
		try {
			JobView job = articles.importDocuments(channel, uploads, user.getName(), locale);
			return "redirect:/workbench/jobs/" + job.id();
		}
		catch (Refusal refused) {
			return refused(refused, redirect, "redirect:/workbench/articles/import/documents");
		}
	}

	private static String refused(Refusal refused, RedirectAttributes redirect, String back) {
		redirect.addFlashAttribute("error", refused.messageKey());
		redirect.addFlashAttribute("errorArguments", refused.arguments());
		return back;
	}

}
