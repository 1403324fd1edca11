package org.zhengtong.permit.web;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.permit.AcceptanceRefused;
import org.zhengtong.permit.PermitCaseState;
import org.zhengtong.permit.internal.AcceptanceDesk;
import org.zhengtong.permit.internal.CorrectionNotice;
import org.zhengtong.permit.internal.Guides;
import org.zhengtong.permit.internal.PermitCase;
import org.zhengtong.permit.internal.PermitCases;
import org.zhengtong.shared.Refusal;

/**
 * 补正 for the applicant: the case's 一次性告知 list with an upload per item (the file's type is
 * read from its content) at {@code /services/cases/{number}/correction}; once every item
 * has arrived the case waits for 受理 again. Only the applicant's own account reaches it;
 * anyone else is told the case does not exist, and a visitor who is not signed in is sent
 * to sign in. (Applicants without an account follow by 办件编号 + 查询码 on P2a's pages; their
 * upload comes with that.)
 */
@Controller
class CorrectionUploadController {

	static final String PAGE = "permit/correction-upload";

	private final AcceptanceDesk desk;

	private final PermitCases cases;

	private final Guides guides;

	CorrectionUploadController(AcceptanceDesk desk, PermitCases cases, Guides guides) {
		this.desk = desk;
		this.cases = cases;
		this.guides = guides;
	}

	/** One upload: the notice item's position and the file. */
	static class UploadForm {

		private int item;

		private @Nullable MultipartFile file;

		public int getItem() {
			return item;
		}

		public void setItem(int item) {
			this.item = item;
		}

		public @Nullable MultipartFile getFile() {
			return file;
		}

		public void setFile(@Nullable MultipartFile file) {
			this.file = file;
		}

	}

	@GetMapping({ "/services/cases/{number}/correction", "/en/services/cases/{number}/correction" })
	String page(@PathVariable String number, @Nullable Principal principal, HttpServletRequest request, Model model) {
		if (principal == null) {
			return "redirect:/login";
		}
		PermitCase found = own(number, principal);
		CorrectionNotice notice = desk.noticeOf(found.id());
		if (notice == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("permitCase", found);
		model.addAttribute("itemName", guides.findById(found.guideId()).orElseThrow().name());
		model.addAttribute("notice", notice);
		model.addAttribute("missing", desk.missing(found, notice));
		model.addAttribute("open", found.state() == PermitCaseState.CORRECTION);
		model.addAttribute("english", request.getRequestURI().startsWith(request.getContextPath() + "/en/"));
		return PAGE;
	}

	@PostMapping({ "/services/cases/{number}/correction", "/en/services/cases/{number}/correction" })
	String upload(@PathVariable String number, @ModelAttribute UploadForm form, Principal principal,
			HttpServletRequest request, RedirectAttributes redirect) {
		PermitCase found = own(number, principal);
		String back = "redirect:" + (request.getRequestURI().startsWith(request.getContextPath() + "/en/") ? "/en" : "")
				+ "/services/cases/" + found.number() + "/correction";
		MultipartFile file = form.getFile();
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("error", "permit.correction.file.required");
			return back;
		}
		try (InputStream content = file.getInputStream()) {
			boolean complete = desk.uploadCorrection(number, form.getItem(), content,
					file.getOriginalFilename() == null ? "" : file.getOriginalFilename(), principal.getName());
			redirect.addFlashAttribute("success",
					complete ? "permit.correction.done.complete" : "permit.correction.done.uploaded");
		}
		catch (AcceptanceRefused refused) {
			if (AcceptanceRefused.NOT_FOUND.equals(refused.messageKey())) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
			flash(redirect, refused);
		}
		catch (Refusal refused) {
			flash(redirect, refused);
		}
		catch (IOException unreadable) {
			redirect.addFlashAttribute("error", "permit.correction.file.unreadable");
		}
		return back;
	}

	private static void flash(RedirectAttributes redirect, Refusal refused) {
		redirect.addFlashAttribute("error", refused.messageKey());
		redirect.addFlashAttribute("errorArguments", refused.arguments());
	}

	private PermitCase own(String number, Principal principal) {
		PermitCase found = cases.findByNumber(number.strip()).orElse(null);
		if (found == null || !desk.owner(found, principal.getName())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return found;
	}

}
