package org.zhengtong.identity.web;

import java.io.IOException;
import java.io.InputStream;
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
import org.zhengtong.files.FileRefused;
import org.zhengtong.identity.OrganizationImport;
import org.zhengtong.platform.JobManagement;
import org.zhengtong.platform.JobView;
import org.zhengtong.platform.WorkbenchMenuContributor;
import org.zhengtong.platform.WorkbenchMenuItem;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * 导入单位和人员 for the system administrator: the template, the upload (followed on the job
 * page with a progress bar), and each import's row-by-row problem report.
 */
@Controller
class ImportController implements WorkbenchMenuContributor {

	static final String VIEW = "identity/import";

	static final String PROBLEMS = "identity/import-problems";

	static final String IMPORT = "hasAuthority('unit.manage') and hasAuthority('account.manage')";

	private final OrganizationImport imports;

	private final JobManagement jobs;

	ImportController(OrganizationImport imports, JobManagement jobs) {
		this.imports = imports;
		this.jobs = jobs;
	}

	@GetMapping("/admin/imports")
	@PreAuthorize(IMPORT)
	String page(Principal admin, Model model) {
		model.addAttribute("imports",
				jobs.recent(admin.getName(), 50)
					.stream()
					.filter((job) -> job.kind().equals("identity.import"))
					.toList());
		return VIEW;
	}

	@GetMapping("/admin/imports/template.xlsx")
	@PreAuthorize(IMPORT)
	ResponseEntity<byte[]> template() throws IOException {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("单位和人员导入模板.xlsx", java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(imports.template());
	}

	@PostMapping("/admin/imports")
	@PreAuthorize(IMPORT)
	String upload(@RequestParam(required = false) MultipartFile workbook, Principal admin, Locale locale,
			RedirectAttributes redirect) throws IOException {
		if (workbook == null || workbook.isEmpty()) {
			redirect.addFlashAttribute("error", "import.noFile");
			return "redirect:/admin/imports";
		}
		try (InputStream content = workbook.getInputStream()) {
			JobView job = imports.start(content,
					workbook.getOriginalFilename() == null ? "import.xlsx" : workbook.getOriginalFilename(),
					admin.getName(), locale);
			return "redirect:/workbench/jobs/" + job.id();
		}
		catch (FileRefused refused) {
			redirect.addFlashAttribute("error", refused.messageKey());
			redirect.addFlashAttribute("errorArguments", refused.arguments());
			return "redirect:/admin/imports";
		}
	}

	@GetMapping("/admin/imports/{job}/problems")
	@PreAuthorize(IMPORT)
	String problems(@PathVariable UUID job, Principal admin, Model model) {
		JobView found = jobs.find(job, admin.getName())
			.filter((view) -> view.kind().equals("identity.import"))
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		model.addAttribute("job", found);
		model.addAttribute("problems", imports.problems(job));
		return PROBLEMS;
	}

	@Override
	public List<WorkbenchMenuItem> menuItems() {
		return List
			.of(new WorkbenchMenuItem("menu.section.admin", "menu.imports", "/admin/imports", "unit.manage", 12));
	}

}
