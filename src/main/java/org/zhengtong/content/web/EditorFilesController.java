package org.zhengtong.content.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.zhengtong.content.ArticleFiles;
import org.zhengtong.content.Articles;
import org.zhengtong.content.Channels;
import org.zhengtong.content.RevisionView;
import org.zhengtong.files.FileLink;
import org.zhengtong.shared.Refusal;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The same uploads and removals as the desk's forms, sent by the editor's script
 * ({@code X-Requested-With: fetch}) so that the page stays as it is: nothing typed and
 * not yet saved is lost. The answer is JSON: the file, or the reason it was refused in
 * the user's language. Same rules as the forms (checked by content and size, drafter of
 * an open revision only, audited by the service).
 */
@Controller
class EditorFilesController {

	/** The header the editor's script sends; without it the forms' handlers answer. */
	static final String FETCH = "X-Requested-With=fetch";

	private final Articles articles;

	private final Channels channels;

	private final ArticleFiles files;

	private final MessageSource messages;

	EditorFilesController(Articles articles, Channels channels, ArticleFiles files, MessageSource messages) {
		this.articles = articles;
		this.channels = channels;
		this.files = files;
		this.messages = messages;
	}

	/**
	 * What the script learns.
	 *
	 * @param link the file's link id
	 * @param src where the file is read (for an image in the text)
	 * @param name the name it was uploaded under (the image's alternative text)
	 * @param message what happened, for the page's status line
	 */
	record Answer(@Nullable UUID link, @Nullable String src, @Nullable String name, String message) {
	}

	/**
	 * 保存草稿 before another form of the page leaves it: the same save as the form's, the
	 * answer in JSON (a refusal with its reason, nothing saved).
	 */
	@PostMapping(path = "/workbench/articles/revisions/{revision}", headers = FETCH)
	@PreAuthorize(ArticleDeskController.EDIT)
	@ResponseBody
	ResponseEntity<Answer> save(@PathVariable("revision") long id, @RequestParam(defaultValue = "") String title,
			@RequestParam(required = false) @Nullable String subtitle,
			@RequestParam(required = false) @Nullable String source,
			@RequestParam(required = false) @Nullable String author, @RequestParam(defaultValue = "") String body,
			@RequestParam(defaultValue = "") String tags, @RequestParam(defaultValue = "") String related,
			ArticleDeskController.DisclosureForm disclosure, Principal user, Locale locale) {
		reachable(id, user.getName());
		try {
			Articles.Draft draft = new Articles.Draft(title, subtitle, source, author, body, null,
					Articles.Draft.splitTags(tags), ArticleDeskController.related(related));
			articles.save(id, draft.withDisclosure(disclosure.fields()), user.getName());
			return answer(new Answer(null, null, null, text("content.draft.autosaved", locale)));
		}
		catch (Refusal refusal) {
			return refused(new Answer(null, null, null, text(refusal.messageKey(), locale, refusal.arguments())));
		}
	}

	@PostMapping(path = "/workbench/articles/revisions/{revision}/files", headers = FETCH)
	@PreAuthorize(ArticleDeskController.EDIT)
	@ResponseBody
	ResponseEntity<Answer> upload(@PathVariable("revision") long id,
			@RequestParam(required = false) @Nullable MultipartFile file,
			@RequestParam(defaultValue = "attachment") String kind, Principal user, Locale locale) {
		reachable(id, user.getName());
		if (file == null || file.isEmpty()) {
			return refused(new Answer(null, null, null, text("content.file.missing", locale)));
		}
		boolean image = kind.equals("image");
		String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "file"
				: file.getOriginalFilename();
		try (InputStream content = file.getInputStream()) {
			FileLink link = files.attach(id, content, name, image, user.getName());
			return answer(new Answer(link.id(), link.downloadPath(), name,
					text(image ? "content.file.image.placed" : "content.file.attached", locale, name)));
		}
		catch (Refusal refusal) {
			return refused(new Answer(null, null, name, text(refusal.messageKey(), locale, refusal.arguments())));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@PostMapping(path = "/workbench/articles/revisions/{revision}/files/{link}/detach", headers = FETCH)
	@PreAuthorize(ArticleDeskController.EDIT)
	@ResponseBody
	ResponseEntity<Answer> detach(@PathVariable("revision") long id, @PathVariable UUID link, Principal user,
			Locale locale) {
		reachable(id, user.getName());
		String name = files.files(id)
			.stream()
			.filter((candidate) -> candidate.id().equals(link))
			.map(FileLink::fileName)
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		try {
			files.detach(id, link, user.getName());
			return answer(new Answer(link, FileLink.downloadPath(link), name,
					text("content.file.detached.named", locale, name)));
		}
		catch (Refusal refusal) {
			return refused(new Answer(link, null, name, text(refusal.messageKey(), locale, refusal.arguments())));
		}
	}

	private static ResponseEntity<Answer> answer(Answer answer) {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(answer);
	}

	private static ResponseEntity<Answer> refused(Answer answer) {
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
			.cacheControl(CacheControl.noStore())
			.body(answer);
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, key, locale);
	}

	/** The drafter's own revisions, and those of channels one may draft or review in. */
	private RevisionView reachable(long id, String user) {
		return articles.revision(id)
			.filter((r) -> r.drafter().equalsIgnoreCase(user) || channels.levelOf(user, r.channelId()).isPresent())
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

}
