package org.zhengtong.identity.web;

import java.security.Principal;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.identity.AccessScopes;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.organization.PostManagement;
import org.zhengtong.organization.PostView;
import org.zhengtong.platform.WorkbenchHeaderContributor;
import org.zhengtong.platform.WorkbenchHeaderItem;

/**
 * 切换岗位: someone with concurrent posts (兼职) chooses the one they work in; data scope
 * follows it for the rest of the session. The header shows the post in use.
 */
@Controller
class PostSwitchController implements WorkbenchHeaderContributor {

	private final AccessScopes scopes;

	private final AccountManagement accounts;

	private final PostManagement posts;

	PostSwitchController(AccessScopes scopes, AccountManagement accounts, PostManagement posts) {
		this.scopes = scopes;
		this.accounts = accounts;
		this.posts = posts;
	}

	@PostMapping("/account/post")
	String use(@RequestParam UUID post, Principal user, HttpSession session, RedirectAttributes redirect) {
		UUID holder = accounts.find(user.getName()).orElseThrow().id();
		Optional<PostView> chosen = posts.postsOf(holder).stream().filter((p) -> p.id().equals(post)).findFirst();
		if (chosen.isPresent()) {
			session.setAttribute(AccessScopes.POST_IN_USE, chosen.get().id());
			redirect.addFlashAttribute("success", "post.switched");
			redirect.addFlashAttribute("successArguments", new Object[] { chosen.get().label() });
		}
		else {
			redirect.addFlashAttribute("error", "post.switch.notYours");
		}
		return "redirect:/account#post";
	}

	@Override
	public Optional<WorkbenchHeaderItem> headerItem(Authentication user) {
		return Optional.ofNullable(scopes.postInUse(user.getName()))
			.map((post) -> new WorkbenchHeaderItem(post.label(), "post.inUse", "/account#post"));
	}

}
