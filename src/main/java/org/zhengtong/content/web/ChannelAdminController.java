package org.zhengtong.content.web;

import java.security.Principal;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.content.ChannelKind;
import org.zhengtong.content.ChannelView;
import org.zhengtong.content.Channels;
import org.zhengtong.content.SiteView;
import org.zhengtong.platform.WorkbenchMenuContributor;
import org.zhengtong.platform.WorkbenchMenuItem;
import org.zhengtong.shared.Refusal;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * 栏目管理 for the 网站管理员 ({@code content.manage}): each site's channel tree, new channels,
 * and who may draft or review in each channel.
 */
@Controller
class ChannelAdminController implements WorkbenchMenuContributor {

	static final String MANAGE = "hasAuthority('content.manage')";

	private final Channels channels;

	ChannelAdminController(Channels channels) {
		this.channels = channels;
	}

	@GetMapping("/admin/channels")
	@PreAuthorize(MANAGE)
	String list(@RequestParam(defaultValue = "zh") String site, Model model) {
		SiteView chosen = channels.sites()
			.stream()
			.filter((s) -> s.code().equals(site))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		model.addAttribute("sites", channels.sites());
		model.addAttribute("site", chosen);
		model.addAttribute("channels", channels.tree(chosen.code()));
		model.addAttribute("kinds", ChannelKind.values());
		return "content/channels";
	}

	@PostMapping("/admin/channels")
	@PreAuthorize(MANAGE)
	String create(@RequestParam(defaultValue = "zh") String site, @RequestParam(required = false) @Nullable UUID parent,
			@RequestParam(defaultValue = "") String slug, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "ARTICLES") String kind, @RequestParam(required = false) @Nullable String link,
			@RequestParam(defaultValue = "0") int order, @RequestParam(defaultValue = "false") boolean navigation,
			@RequestParam(defaultValue = "false") boolean homepage, Principal user, RedirectAttributes redirect) {
		ChannelKind chosen = List.of(ChannelKind.values())
			.stream()
			.filter((k) -> k.name().equals(kind))
			.findFirst()
			.orElse(ChannelKind.ARTICLES);
		if (channels.sites().stream().noneMatch((s) -> s.code().equals(site))) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		try {
			ChannelView created = channels.create(site, parent, slug, name, chosen, link, order, navigation, homepage,
					user.getName());
			redirect.addFlashAttribute("success", "content.channel.created");
			redirect.addFlashAttribute("successArguments", new Object[] { created.name() });
		}
		catch (Refusal refused) {
			redirect.addFlashAttribute("error", refused.messageKey());
			redirect.addFlashAttribute("errorArguments", refused.arguments());
		}
		catch (IllegalArgumentException unknownParent) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		return "redirect:/admin/channels?site=" + site;
	}

	@GetMapping("/admin/channels/{id}")
	@PreAuthorize(MANAGE)
	String channel(@PathVariable UUID id, Model model) {
		ChannelView channel = channels.find(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		model.addAttribute("channel", channel);
		model.addAttribute("site", channels.site(channel.siteCode()));
		model.addAttribute("grants", channels.grants(id));
		model.addAttribute("articleCount", channels.articleCount(id));
		// Where it may go: any channel of its site but itself and those below it.
		model.addAttribute("parents",
				channels.tree(channel.siteCode())
					.stream()
					.filter((c) -> !c.id().equals(id) && !c.path().startsWith(channel.path() + "/"))
					.toList());
		return "content/channel";
	}

	/**
	 * The channel's settings as its form sends them; a box not ticked is not sent.
	 *
	 * @param shown ticked: the channel is on the public site; not: it is hidden
	 */
	record SettingsForm(@Nullable String name, @Nullable Integer order, @Nullable Boolean navigation,
			@Nullable Boolean homepage, @Nullable Boolean shown, @Nullable String link, @Nullable Long version) {

		Channels.Settings settings() {
			return new Channels.Settings(name == null ? "" : name, order == null ? 0 : order,
					Boolean.TRUE.equals(navigation), Boolean.TRUE.equals(homepage), Boolean.TRUE.equals(shown), link,
					version == null ? -1 : version);
		}

	}

	/** 修改栏目: name, order, navigation, homepage, shown or hidden. */
	@PostMapping("/admin/channels/{id}")
	@PreAuthorize(MANAGE)
	String change(@PathVariable UUID id, SettingsForm form, BindingResult binding, Principal user,
			RedirectAttributes redirect) {
		// Binding problems (an order that is not a number) are not answered before the
		// permission check: the method runs, the check first.
		existing(id);
		if (binding.hasErrors()) {
			redirect.addFlashAttribute("error", "content.refused.channelSettings");
			return "redirect:/admin/channels/" + id;
		}
		return refusable(redirect, "/admin/channels/" + id, () -> {
			ChannelView changed = channels.change(id, form.settings(), user.getName());
			redirect.addFlashAttribute("success", "content.channel.changed");
			redirect.addFlashAttribute("successArguments", new Object[] { changed.name() });
		});
	}

	/** 上移 / 下移: one place among the channel's siblings, from the list. */
	@PostMapping("/admin/channels/{id}/shift")
	@PreAuthorize(MANAGE)
	String shift(@PathVariable UUID id, @RequestParam(defaultValue = "down") String direction, Principal user,
			RedirectAttributes redirect) {
		ChannelView channel = existing(id);
		ChannelView shifted = channels.shift(id, direction.equals("up") ? -1 : 1, user.getName());
		redirect.addFlashAttribute("success", "content.channel.shifted");
		redirect.addFlashAttribute("successArguments", new Object[] { shifted.name() });
		return "redirect:/admin/channels?site=" + channel.siteCode();
	}

	/** 移动: another parent in the same site, or the top. */
	@PostMapping("/admin/channels/{id}/move")
	@PreAuthorize(MANAGE)
	String move(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID parent,
			@RequestParam(defaultValue = "-1") long version, Principal user, RedirectAttributes redirect) {
		existing(id);
		try {
			return refusable(redirect, "/admin/channels/" + id, () -> {
				ChannelView moved = channels.move(id, parent, version, user.getName());
				redirect.addFlashAttribute("success", "content.channel.moved");
				redirect.addFlashAttribute("successArguments", new Object[] { moved.name(), "/" + moved.path() });
			});
		}
		catch (IllegalArgumentException unknownParent) {
			throw new ResponseStatusException(NOT_FOUND);
		}
	}

	/** 删除: an empty channel only; one with articles is refused with their count. */
	@PostMapping("/admin/channels/{id}/remove")
	@PreAuthorize(MANAGE)
	String remove(@PathVariable UUID id, @RequestParam(defaultValue = "-1") long version, Principal user,
			RedirectAttributes redirect) {
		ChannelView channel = existing(id);
		try {
			channels.remove(id, version, user.getName());
		}
		catch (Refusal refused) {
			redirect.addFlashAttribute("error", refused.messageKey());
			redirect.addFlashAttribute("errorArguments", refused.arguments());
			return "redirect:/admin/channels/" + id;
		}
		redirect.addFlashAttribute("success", "content.channel.removed");
		redirect.addFlashAttribute("successArguments", new Object[] { channel.name() });
		return "redirect:/admin/channels?site=" + channel.siteCode();
	}

	private ChannelView existing(UUID id) {
		return channels.find(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

	/** Runs the change; a refusal becomes the page's error message. */
	private static String refusable(RedirectAttributes redirect, String back, Runnable change) {
		try {
			change.run();
		}
		catch (Refusal refused) {
			redirect.addFlashAttribute("error", refused.messageKey());
			redirect.addFlashAttribute("errorArguments", refused.arguments());
		}
		return "redirect:" + back;
	}

	@PostMapping("/admin/channels/{id}/grants")
	@PreAuthorize(MANAGE)
	String grant(@PathVariable UUID id, @RequestParam(defaultValue = "") String username,
			@RequestParam(defaultValue = "DRAFT") String level, Principal user, RedirectAttributes redirect) {
		channels.find(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		try {
			channels.grant(id, username, level.equals("REVIEW") ? "REVIEW" : "DRAFT", user.getName());
			redirect.addFlashAttribute("success", "content.channel.granted");
			redirect.addFlashAttribute("successArguments", new Object[] { username.strip() });
		}
		catch (Refusal refused) {
			redirect.addFlashAttribute("error", refused.messageKey());
			redirect.addFlashAttribute("errorArguments", refused.arguments());
		}
		return "redirect:/admin/channels/" + id;
	}

	@PostMapping("/admin/channels/{id}/grants/{username}/revoke")
	@PreAuthorize(MANAGE)
	String revoke(@PathVariable UUID id, @PathVariable String username, Principal user, RedirectAttributes redirect) {
		channels.find(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		channels.revoke(id, username, user.getName());
		redirect.addFlashAttribute("success", "content.channel.revoked");
		redirect.addFlashAttribute("successArguments", new Object[] { username });
		return "redirect:/admin/channels/" + id;
	}

	@Override
	public List<WorkbenchMenuItem> menuItems() {
		return List
			.of(new WorkbenchMenuItem("menu.section.admin", "menu.channels", "/admin/channels", "content.manage", 15));
	}

}
