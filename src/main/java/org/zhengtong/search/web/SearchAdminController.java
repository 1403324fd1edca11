package org.zhengtong.search.web;

import java.security.Principal;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.platform.JobView;
import org.zhengtong.platform.WorkbenchMenuContributor;
import org.zhengtong.platform.WorkbenchMenuItem;
import org.zhengtong.search.Search;

/**
 * 搜索情况 for editors ({@code content.edit}): the searches that found nothing, most frequent
 * first, and the size of the index; the site administrator rebuilds it from the database.
 */
@Controller
class SearchAdminController implements WorkbenchMenuContributor {

	private final Search search;

	SearchAdminController(Search search) {
		this.search = search;
	}

	@GetMapping("/workbench/search")
	@PreAuthorize("hasAuthority('content.edit')")
	String misses(Model model) {
		model.addAttribute("misses", search.zeroResults(200));
		model.addAttribute("size", search.size());
		model.addAttribute("rebuilding", search.rebuilding());
		return "search/misses";
	}

	@PostMapping("/workbench/search/rebuild")
	@PreAuthorize("hasAuthority('content.manage')")
	String rebuild(Principal user, RedirectAttributes redirect) {
		JobView job = search.rebuild(user.getName());
		if (!job.owner().equals(user.getName())) {
			// Someone else's rebuild (or the one at start) is under way: not started
			// twice.
			redirect.addFlashAttribute("error", "search.rebuild.running");
			redirect.addFlashAttribute("errorArguments", new Object[] { job.owner() });
			return "redirect:/workbench/search";
		}
		return "redirect:/workbench/jobs/" + job.id();
	}

	@Override
	public List<WorkbenchMenuItem> menuItems() {
		return List.of(new WorkbenchMenuItem("menu.section.workbench", "menu.searchMisses", "/workbench/search",
				"content.edit", 26));
	}

}
