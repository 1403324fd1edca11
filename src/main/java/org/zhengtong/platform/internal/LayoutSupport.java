package org.zhengtong.platform.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.zhengtong.platform.PortalNavigationContributor;
import org.zhengtong.platform.PortalNavigationItem;
import org.zhengtong.platform.SiteProperties;
import org.zhengtong.platform.UnreadMessageCounter;
import org.zhengtong.platform.WebAreas;
import org.zhengtong.platform.WorkbenchMenuContributor;
import org.zhengtong.platform.WorkbenchHeaderContributor;
import org.zhengtong.platform.WorkbenchHeaderItem;
import org.zhengtong.platform.WorkbenchMenuItem;
import org.zhengtong.platform.WorkbenchTodoCount;

/**
 * What the two layouts need on every page, available to templates as {@code @layout}: the
 * site's names and filing numbers, the portal navigation, the workbench sidebar for the
 * current user and the to-do count.
 */
@Component("layout")
class LayoutSupport {

	/**
	 * The everyday section comes first; administration and the rest follow in key order.
	 */
	static final String FIRST_SECTION = "menu.section.workbench";

	private static final String TODO_COUNT = LayoutSupport.class.getName() + ".todoCount";

	private final SiteProperties site;

	private final ObjectProvider<PortalNavigationContributor> navigation;

	private final ObjectProvider<WorkbenchMenuContributor> menus;

	private final ObjectProvider<WorkbenchTodoCount> todos;

	private final ObjectProvider<WorkbenchHeaderContributor> headers;

	private final Clock clock;

	private final ObjectProvider<UnreadMessageCounter> unread;

	/** The request attribute holding this request's unread messages (counted once). */
	private static final String UNREAD = LayoutSupport.class.getName() + ".unread";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	LayoutSupport(SiteProperties site, ObjectProvider<PortalNavigationContributor> navigation,
			ObjectProvider<WorkbenchMenuContributor> menus, ObjectProvider<WorkbenchTodoCount> todos,
			ObjectProvider<WorkbenchHeaderContributor> headers, Clock clock,
			ObjectProvider<UnreadMessageCounter> unread) {
		this.unread = unread;
		this.headers = headers;
		this.clock = clock;
		this.site = site;
		this.navigation = navigation;
		this.menus = menus;
		this.todos = todos;
	}

	public SiteProperties getSite() {
		return site;
	}

	/** The site name in the language of the current page. */
	public String getSiteName() {
		return site.nameFor(LocaleContextHolder.getLocale());
	}

	public boolean isEnglish() {
		return Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
	}

	/** The main navigation of the site the current page belongs to. */
	public List<PortalNavigationItem> getPortalNavigation() {
		boolean english = isEnglish();
		return navigation.orderedStream()
			.flatMap((contributor) -> contributor.navigationItems().stream())
			.filter((item) -> item.english() == english)
			.sorted(Comparator.comparingInt(PortalNavigationItem::order))
			.toList();
	}

	/** The sidebar groups (message key → entries) the current user may see. */
	public Map<String, List<WorkbenchMenuItem>> getWorkbenchMenu() {
		Set<String> authorities = currentUser() == null ? Set.of()
				: currentUser().getAuthorities()
					.stream()
					.map(GrantedAuthority::getAuthority)
					.collect(Collectors.toSet());
		Set<String> shown = new java.util.HashSet<>();
		return menus.orderedStream()
			.flatMap((contributor) -> contributor.menuItems().stream())
			.filter((item) -> item.authority() == null || authorities.contains(item.authority()))
			.sorted(Comparator.comparing((WorkbenchMenuItem item) -> !item.sectionKey().equals(FIRST_SECTION))
				.thenComparing(WorkbenchMenuItem::sectionKey)
				.thenComparingInt(WorkbenchMenuItem::order))
			// an entry offered to several authorities shows once for someone holding two
			.filter((item) -> shown.add(item.path()))
			.collect(Collectors.groupingBy(WorkbenchMenuItem::sectionKey, LinkedHashMap::new, Collectors.toList()));
	}

	/**
	 * How many tasks wait for the current user, or {@code null} when the badge is hidden
	 * (nobody signed in, no module provides the count, or nothing waits). Asked once per
	 * request, however often a page reads it.
	 */
	public @Nullable Long getTodoCount() {
		Authentication user = currentUser();
		WorkbenchTodoCount provider = todos.getIfUnique();
		if (user == null || provider == null) {
			return null;
		}
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return badge(provider.todoCount(user));
		}
		HttpServletRequest request = attributes.getRequest();
		if (request.getAttribute(TODO_COUNT) instanceof OptionalLong known) {
			return badge(known);
		}
		OptionalLong count = provider.todoCount(user);
		request.setAttribute(TODO_COUNT, count);
		return badge(count);
	}

	private static @Nullable Long badge(OptionalLong count) {
		return count.isPresent() && count.getAsLong() > 0 ? count.getAsLong() : null;
	}

	/**
	 * The signed-in user's unread messages and where to read them, or {@code null} when
	 * nobody is signed in or nothing counts them; counted once per request, however often
	 * a page asks.
	 */
	public @Nullable UnreadMessages getUnreadMessages() {
		Authentication user = currentUser();
		UnreadMessageCounter counter = unread.getIfAvailable();
		if (user == null || counter == null) {
			return null;
		}
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			if (attributes.getRequest().getAttribute(UNREAD) instanceof UnreadMessages counted) {
				return counted;
			}
			UnreadMessages counted = new UnreadMessages(counter.unreadMessages(user), counter.messagesPath(user));
			attributes.getRequest().setAttribute(UNREAD, counted);
			return counted;
		}
		return new UnreadMessages(counter.unreadMessages(user), counter.messagesPath(user));
	}

	/**
	 * @param count unread messages @param path the message centre
	 */
	public record UnreadMessages(long count, String path) {
	}

	/** What modules show beside the user's name in the workbench header. */
	public List<WorkbenchHeaderItem> getHeaderItems() {
		Authentication user = currentUser();
		if (user == null) {
			return List.of();
		}
		return headers.orderedStream().flatMap((contributor) -> contributor.headerItem(user).stream()).toList();
	}

	/**
	 * The current request's path without the context path, or {@code /} outside a
	 * request.
	 */
	public String getCurrentPath() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return WebAreas.pathOf(attributes.getRequest());
		}
		return "/";
	}

	/**
	 * A network address as people write it: {@code ::1}, not {@code 0:0:0:0:0:0:0:1}, and
	 * an IPv4-mapped address as plain IPv4; empty when there is none.
	 */
	public String address(@Nullable String address) {
		String readable = org.zhengtong.shared.NetworkAddresses.readable(address);
		return readable == null ? "" : readable;
	}

	/**
	 * An instant as the reader's clock shows it, in the platform's zone: 2026-11-24
	 * 09:30:05.
	 */
	public String time(@Nullable Instant instant) {
		return instant == null ? "" : TIME.format(instant.atZone(clock.getZone()));
	}

	/** The day of an instant in the platform's zone: 2026-11-24. */
	public String date(@Nullable Instant instant) {
		return instant == null ? ""
				: java.time.format.DateTimeFormatter.ISO_LOCAL_DATE.format(instant.atZone(clock.getZone()));
	}

	/** An instant as a {@code datetime-local} field shows it: 2026-12-01T09:00. */
	public String localInput(@Nullable Instant instant) {
		return instant == null ? "" : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
			.format(instant.atZone(clock.getZone()));
	}

	/**
	 * The {@code lang} a piece of data needs on the current page: {@code zh-CN} when an
	 * English page shows Chinese words (a 发文字号, a filing number, a unit or title with no
	 * English name), so screen readers pronounce them in Chinese; otherwise {@code null},
	 * which leaves the attribute out.
	 */
	public @Nullable String langOf(@Nullable Object text) {
		if (text == null || !isEnglish()) {
			return null;
		}
		return text.toString().codePoints().anyMatch(LayoutSupport::isChinese) ? "zh-CN" : null;
	}

	private static boolean isChinese(int codePoint) {
		Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
		return script == Character.UnicodeScript.HAN
				|| Character.UnicodeBlock.of(codePoint) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
				|| Character.UnicodeBlock.of(codePoint) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
	}

	private static @Nullable Authentication currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return null;
		}
		return authentication;
	}

}
