package org.zhengtong.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.zhengtong.platform.JobManagement;
import org.zhengtong.platform.JobView;
import org.zhengtong.platform.SpreadsheetExports;
import org.zhengtong.platform.WorkbenchMenuContributor;
import org.zhengtong.platform.WorkbenchMenuItem;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * 后台作业: the jobs a user started, each with a progress bar. Someone else's job answers
 * 404, as if it did not exist.
 */
@Controller
class JobController implements WorkbenchMenuContributor {

	static final String LIST = "platform/job-list";

	static final String DETAIL = "platform/job-detail";

	private final JobManagement jobs;

	private final SpreadsheetExports exports;

	JobController(JobManagement jobs, SpreadsheetExports exports) {
		this.jobs = jobs;
		this.exports = exports;
	}

	@GetMapping("/workbench/jobs")
	String list(Principal user, Model model) {
		model.addAttribute("jobs", jobs.recent(user.getName(), 50));
		return LIST;
	}

	@GetMapping(path = "/workbench/jobs/{id}", produces = MediaType.TEXT_HTML_VALUE)
	String detail(@PathVariable UUID id, Principal user, Model model) {
		JobView job = mine(id, user);
		model.addAttribute("job", job);
		model.addAttribute("file", job.status().finished() ? exports.file(id, user.getName()).orElse(null) : null);
		return DETAIL;
	}

	/** The file the job produced (an export), for its owner only. */
	@GetMapping("/workbench/jobs/{id}/file")
	void file(@PathVariable UUID id, Principal user, HttpServletResponse response) throws IOException {
		SpreadsheetExports.JobFile file = exports.file(id, user.getName())
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		response.setContentType(SpreadsheetExports.XLSX);
		response.setContentLengthLong(file.size());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		file.writeTo(response.getOutputStream());
	}

	/** What the progress page polls. */
	@GetMapping(path = "/workbench/jobs/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<JobView> progress(@PathVariable UUID id, Principal user) {
		return ResponseEntity.ok().header("Cache-Control", "no-store").body(mine(id, user));
	}

	private JobView mine(UUID id, Principal user) {
		return jobs.find(id, user.getName()).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

	@Override
	public List<WorkbenchMenuItem> menuItems() {
		return List
			.of(new WorkbenchMenuItem("menu.section.workbench", "menu.workbench.jobs", "/workbench/jobs", null, 90));
	}

}
