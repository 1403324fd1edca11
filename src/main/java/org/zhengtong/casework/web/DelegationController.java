package org.zhengtong.casework.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.casework.Casework;
import org.zhengtong.casework.CaseworkRefused;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.AccountView;
import org.zhengtong.organization.PostManagement;
import org.zhengtong.organization.PostView;
import org.zhengtong.platform.WorkbenchMenuContributor;
import org.zhengtong.platform.WorkbenchMenuItem;

/**
 * 委托办理: a member of staff hands their tasks to a colleague of their unit for a period,
 * and takes them back; the page lists the delegations they gave and received.
 */
@Controller
class DelegationController implements WorkbenchMenuContributor {

	static final String VIEW = "casework/delegation-list";

	private static final String BACK = "redirect:/workbench/delegations";

	private final Casework casework;

	private final AccountManagement accounts;

	private final PostManagement posts;

	private final Clock clock;

	DelegationController(Casework casework, AccountManagement accounts, PostManagement posts, Clock clock) {
		this.casework = casework;
		this.accounts = accounts;
		this.posts = posts;
		this.clock = clock;
	}

	@InitBinder
	void binder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping("/workbench/delegations")
	String list(Principal principal, Model model) {
		if (!model.containsAttribute("delegationForm")) {
			DelegationForm form = new DelegationForm();
			LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.HOURS);
			form.setStartsAt(now);
			form.setEndsAt(now.plusDays(7));
			model.addAttribute("delegationForm", form);
		}
		model.addAttribute("delegations", casework.delegationsOf(principal.getName()));
		model.addAttribute("me", accounts.find(principal.getName()).map(AccountView::id).orElse(null));
		model.addAttribute("colleagues", colleaguesOf(principal.getName()));
		return VIEW;
	}

	@PostMapping("/workbench/delegations")
	String create(@Valid @ModelAttribute("delegationForm") DelegationForm form, BindingResult errors,
			Principal principal, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return list(principal, model);
		}
		// Only a colleague the page offered: someone of the delegator's unit.
		PostView colleague = colleaguesOf(principal.getName()).stream()
			.filter((post) -> post.holderId().equals(form.getDelegate()))
			.findFirst()
			.orElse(null);
		String delegate = colleague == null ? null
				: accounts.find(colleague.holderId()).map(AccountView::username).orElse(null);
		if (delegate == null) {
			errors.rejectValue("delegate", "casework.form.delegateMissing");
			return list(principal, model);
		}
		try {
			casework.delegate(form.toCommand(principal.getName(), delegate, clock.getZone()));
			redirect.addFlashAttribute("success", "casework.delegations.created");
			redirect.addFlashAttribute("successArguments", new Object[] { colleague.holderName() });
		}
		catch (CaseworkRefused refused) {
			refusal(redirect, refused);
		}
		return BACK;
	}

	@PostMapping("/workbench/delegations/{id}/revoke")
	String revoke(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		try {
			casework.revokeDelegation(id, principal.getName());
			redirect.addFlashAttribute("success", "casework.delegations.revokedDone");
		}
		catch (CaseworkRefused refused) {
			refusal(redirect, refused);
		}
		return BACK;
	}

	@Override
	public List<WorkbenchMenuItem> menuItems() {
		return List.of(new WorkbenchMenuItem("menu.section.workbench", "menu.casework.delegations",
				"/workbench/delegations", null, 60));
	}

	/**
	 * The other holders of current posts in the person's unit, by the address book's
	 * order.
	 */
	private List<PostView> colleaguesOf(String username) {
		AccountView account = accounts.find(username).orElse(null);
		if (account == null || account.unitId() == null) {
			return List.of();
		}
		UUID unit = account.unitId();
		return posts.addressBook("", unit, 0, 500)
			.items()
			.stream()
			.filter((post) -> post.unitId().equals(unit) && !post.holderId().equals(account.id()))
			.toList();
	}

	private static void refusal(RedirectAttributes redirect, CaseworkRefused refused) {
		redirect.addFlashAttribute("error", refused.messageKey());
		redirect.addFlashAttribute("errorArguments", refused.arguments());
	}

}
