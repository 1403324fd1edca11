package org.zhengtong.permit.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.permit.PermitRoles;
import org.zhengtong.permit.internal.CatalogueImportService;
import org.zhengtong.platform.JobManagement;
import org.zhengtong.platform.JobStatus;
import org.zhengtong.platform.JobView;
import org.zhengtong.platform.WorkbenchMenuContributor;
import org.zhengtong.platform.WorkbenchMenuItem;
import org.zhengtong.shared.Refusal;
import org.zhengtong.shared.Spreadsheets;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * 事项导入 for a department's 事项管理员: the template, the upload (a job with a progress bar on
 * its own page) and, when the import found problems, the error report by sheet, row and
 * column. Another person's import answers 404.
 */
@Controller
class CatalogueImportController implements WorkbenchMenuContributor {

	static final String PAGE = "permit/catalogue-import";

	static final String JOB = "permit/catalogue-import-job";

	static final String BASE = "/workbench/permit/imports";

	static final String IMPORT = "hasAuthority('" + PermitRoles.CATALOGUE + "')";

	private final CatalogueImportService imports;

	private final JobManagement jobs;

	CatalogueImportController(CatalogueImportService imports, JobManagement jobs) {
		this.imports = imports;
		this.jobs = jobs;
	}

	@GetMapping(BASE)
	@PreAuthorize(IMPORT)
	String page(Principal user, Model model) {
		model.addAttribute("imports",
				jobs.recent(user.getName(), 50)
					.stream()
					.filter((job) -> job.kind().equals(CatalogueImportService.JOB_KIND))
					.toList());
		return PAGE;
	}

	@GetMapping(BASE + "/template.xlsx")
	@PreAuthorize(IMPORT)
	ResponseEntity<byte[]> template() throws IOException {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(Spreadsheets.XLSX))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("事项导入模板.xlsx", StandardCharsets.UTF_8).build().toString())
			.body(imports.template());
	}

	@PostMapping(BASE)
	@PreAuthorize(IMPORT)
	String upload(@RequestParam(required = false) MultipartFile workbook, Principal user, Locale locale,
			RedirectAttributes redirect) throws IOException {
		if (workbook == null || workbook.isEmpty()) {
			redirect.addFlashAttribute("error", "permit.import.noFile");
			return "redirect:" + BASE;
		}
		String name = workbook.getOriginalFilename() == null || workbook.getOriginalFilename().isBlank() ? "import.xlsx"
				: workbook.getOriginalFilename();
		try (InputStream content = workbook.getInputStream()) {
			JobView job = imports.start(content, name, user.getName(), locale);
			return "redirect:" + BASE + "/" + job.id();
		}
		catch (Refusal refused) {
			// not a workbook, too large, or not an item manager in the post in use
			redirect.addFlashAttribute("error", refused.messageKey());
			redirect.addFlashAttribute("errorArguments", refused.arguments());
			return "redirect:" + BASE;
		}
	}

	/** The import's progress and, once it has failed, its error report. */
	@GetMapping(path = BASE + "/{job}", produces = MediaType.TEXT_HTML_VALUE)
	@PreAuthorize(IMPORT)
	String job(@PathVariable UUID job, Principal user, Model model) {
		JobView found = jobs.find(job, user.getName())
			.filter((view) -> view.kind().equals(CatalogueImportService.JOB_KIND))
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		model.addAttribute("job", found);
		model.addAttribute("problems", found.status() == JobStatus.FAILED ? imports.problems(job)
				: List.<CatalogueImportService.ImportProblem>of());
		return JOB;
	}

	@Override
	public List<WorkbenchMenuItem> menuItems() {
		return List
			.of(new WorkbenchMenuItem("menu.section.permit", "permit.import.menu", BASE, PermitRoles.CATALOGUE, 40));
	}

}
