package org.zhengtong.interaction.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.files.FileRefused;
import org.zhengtong.interaction.Door;
import org.zhengtong.interaction.LetterTopic;
import org.zhengtong.interaction.internal.LetterChoices;
import org.zhengtong.interaction.internal.Captchas;
import org.zhengtong.interaction.internal.LetterSubmissions;
import org.zhengtong.interaction.internal.SubmissionGuard;
import org.zhengtong.interaction.internal.SubmissionRefused;
import org.zhengtong.interaction.internal.SubmitTokens;
import org.zhengtong.platform.PublicFormContributor;
import org.zhengtong.platform.WebAreas;
import org.zhengtong.shared.IdentifierInvalid;
import org.zhengtong.shared.ResidentIdNumber;

/**
 * 写信 on the portal: the doors (领导信箱, 咨询, 投诉, 建议, 留言, 我为政府网站找错), the form of each, and the
 * answer after sending — the letter's number and, for a writer without an account, the
 * 查询码, shown this once. The same under {@code /en/}. Never page-cached: every form
 * carries its own one-time token.
 */
@Controller
class LetterWritingController implements PublicFormContributor {

	static final String DOORS = "interaction/letter-doors";

	static final String FORM = "interaction/letter-form";

	static final String SUBMITTED = "interaction/letter-submitted";

	/**
	 * The most a letter's request may declare: five attachments of 10 MB and the text.
	 */
	static final long MAX_REQUEST_BYTES = LetterSubmissions.MAX_ATTACHMENTS
			* LetterSubmissions.ATTACHMENT_RULES.maxBytes() + 1024 * 1024;

	private final LetterSubmissions submissions;

	private final LetterChoices choices;

	private final Captchas captchas;

	LetterWritingController(LetterSubmissions submissions, LetterChoices choices, Captchas captchas) {
		this.submissions = submissions;
		this.choices = choices;
		this.captchas = captchas;
	}

	@Override
	public List<String> publicFormPaths() {
		return List.of("/interaction/letters", "/en/interaction/letters");
	}

	@InitBinder("form")
	void binder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping({ "/interaction/letters/new", "/en/interaction/letters/new" })
	String write(@RequestParam(required = false) @Nullable String door, HttpServletRequest request,
			HttpServletResponse response, @Nullable Principal principal, Model model) {
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("english", english(request));
		Optional<Door> chosen = door(door);
		if (chosen.isEmpty()) {
			model.addAttribute("doors", Door.values());
			return DOORS;
		}
		LetterForm form = new LetterForm();
		form.setDoor(chosen.get());
		form.setSubmitToken(SubmitTokens.generate());
		return form(form, principal, model);
	}

	@PostMapping({ "/interaction/letters", "/en/interaction/letters" })
	String send(@Valid @ModelAttribute("form") LetterForm form, BindingResult errors, HttpServletRequest request,
			HttpServletResponse response, @Nullable Principal principal, Model model, RedirectAttributes redirect) {
		response.setHeader("Cache-Control", "no-store");
		boolean english = english(request);
		model.addAttribute("english", english);
		if (form.getDoor() == null || !SubmitTokens.wellFormed(form.getSubmitToken())) {
			return "redirect:" + (english ? "/en" : "") + "/interaction/letters/new";
		}
		ResidentIdNumber idNumber = idNumber(form, errors);
		if (errors.hasFieldErrors("idNumber")) {
			submissions.refused(principal == null ? null : principal.getName(), "身份证号不正确");
		}
		LetterChoices.Leader leader = null;
		if (form.getDoor() == Door.MAILBOX) {
			leader = choices.leader(form.getLeaderPostId()).orElse(null);
			if (leader == null) {
				errors.rejectValue("leaderPostId", "interaction.form.leaderMissing");
			}
		}
		String region = LetterForm.trimmed(form.getRegion());
		if (region != null && choices.region(region).isEmpty()) {
			errors.rejectValue("region", "interaction.form.regionUnknown");
		}
		List<MultipartFile> files = form.chosenFiles();
		if (files.size() > LetterSubmissions.MAX_ATTACHMENTS) {
			errors.rejectValue("attachments", "interaction.form.tooManyFiles",
					new Object[] { LetterSubmissions.MAX_ATTACHMENTS }, null);
		}
		else if (request.getContentLengthLong() > MAX_REQUEST_BYTES) {
			errors.rejectValue("attachments", "interaction.form.filesTooLarge",
					new Object[] { MAX_REQUEST_BYTES / (1024 * 1024) }, null);
		}
		if (errors.hasErrors()) {
			return form(form, principal, model);
		}
		List<LetterSubmissions.Upload> uploads = new ArrayList<>();
		for (MultipartFile file : files) {
			String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "file"
					: file.getOriginalFilename();
			uploads.add(new LetterSubmissions.Upload(name, file.getSize(), file));
		}
		String account = principal == null ? null : principal.getName();
		LetterSubmissions.Submitted submitted;
		try {
			submitted = submissions.submit(new LetterSubmissions.SubmitLetter(form.getDoor(), form.getTitle().strip(),
					form.getBody().strip(), form.getTopic(), region, leader == null ? null : leader.postId(),
					leader == null ? null : leader.name(), account == null ? LetterForm.trimmed(form.getName()) : null,
					account == null ? LetterForm.trimmed(form.getPhone()) : null,
					account == null ? LetterForm.trimmed(form.getEmail()) : null, idNumber, form.isConsent(), uploads,
					form.getSubmitToken(), account, request.getRemoteAddr(),
					new SubmissionGuard.CaptchaAnswer(form.getCaptchaToken(), form.getCaptchaAnswer())));
		}
		catch (FileRefused refused) {
			submissions.refused(account, "附件“" + refused.arguments()[0] + "”" + switch (refused.messageKey()) {
				case "files.refused.tooLarge" -> "过大";
				case "files.refused.empty" -> "是空文件";
				default -> "的类型不接受";
			});
			errors.rejectValue("attachments", refused.messageKey(), refused.arguments(), refused.getMessage());
			return form(form, principal, model);
		}
		catch (SubmissionRefused refused) {
			if (refused.retryAt() != null) {
				throw refused;
			}
			errors.rejectValue("captchaAnswer", refused.messageKey(), refused.arguments(), refused.getMessage());
			return form(form, principal, model);
		}
		redirect.addFlashAttribute("submitted", new Answer(submitted.number(), submitted.queryCode(), submitted.held(),
				submitted.again(), account != null));
		return "redirect:" + (english ? "/en" : "") + "/interaction/letters/submitted";
	}

	@GetMapping({ "/interaction/letters/submitted", "/en/interaction/letters/submitted" })
	String submitted(HttpServletRequest request, HttpServletResponse response, Model model) {
		response.setHeader("Cache-Control", "no-store");
		boolean english = english(request);
		if (!model.containsAttribute("submitted")) {
			return "redirect:" + (english ? "/en" : "") + "/interaction/letters/follow";
		}
		model.addAttribute("english", english);
		return SUBMITTED;
	}

	/**
	 * What the writer is shown after sending (kept in the session for the one redirect,
	 * hence serializable).
	 */
	record Answer(String number, @Nullable String queryCode, boolean held, boolean again,
			boolean signedIn) implements java.io.Serializable {
	}

	private String form(LetterForm form, @Nullable Principal principal, Model model) {
		form.setCaptchaAnswer(null);
		model.addAttribute("form", form);
		model.addAttribute("signedIn", principal != null);
		model.addAttribute("topics", LetterTopic.values());
		model.addAttribute("regions", choices.regions());
		model.addAttribute("leaders", form.getDoor() == Door.MAILBOX ? choices.leaders() : List.of());
		model.addAttribute("maxFiles", LetterSubmissions.MAX_ATTACHMENTS);
		model.addAttribute("maxFileMb", LetterSubmissions.ATTACHMENT_RULES.maxBytes() / (1024 * 1024));
		if (principal == null) {
			// A challenge serves once: a fresh one each time the form is shown, errors
			// included.
			model.addAttribute("captcha", captchas.issue());
		}
		return FORM;
	}

	private static @Nullable ResidentIdNumber idNumber(LetterForm form, BindingResult errors) {
		String text = LetterForm.trimmed(form.getIdNumber());
		if (text == null) {
			return null;
		}
		try {
			return ResidentIdNumber.of(text);
		}
		catch (IdentifierInvalid invalid) {
			errors.rejectValue("idNumber", invalid.messageKey(), invalid.arguments(), invalid.getMessage());
			return null;
		}
	}

	private static Optional<Door> door(@Nullable String name) {
		return Arrays.stream(Door.values()).filter((door) -> door.name().equalsIgnoreCase(name)).findFirst();
	}

	static boolean english(HttpServletRequest request) {
		return WebAreas.pathOf(request).startsWith("/en/");
	}

}
