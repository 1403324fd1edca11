package org.zhengtong.audit.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.zhengtong.audit.AuditEntry;
import org.zhengtong.shared.NetworkAddresses;

/**
 * An audit entry in the words of its reader: actions by name (登录, not
 * {@code identity.login}), people by name with their account name, objects by name,
 * addresses in their usual form. A code is shown only where nothing names it.
 */
final class AuditWords {

	static final String ACTION_PREFIX = "audit.action.";

	/** Every action that has a name, by code, from the default bundle. */
	static final List<String> NAMED_ACTIONS = namedActions();

	private final MessageSource messages;

	private final Locale locale;

	private final Map<String, String> people;

	AuditWords(MessageSource messages, Locale locale, Map<String, String> people) {
		this.messages = messages;
		this.locale = locale;
		this.people = people;
	}

	/** The action's name, or its code when it has none. */
	public String action(String code) {
		return messages.getMessage(ACTION_PREFIX + code, null, code, locale);
	}

	/** The action's name in the reader's language, for exports. */
	static MessageSourceResolvable actionName(String code) {
		return new DefaultMessageSourceResolvable(new String[] { ACTION_PREFIX + code }, code);
	}

	/** The person's name, or {@code null} when only the account name is known. */
	public @Nullable String personName(String username) {
		return people.get(username);
	}

	/** The type of object by name: 账户, 稿件. */
	public String objectType(@Nullable String type) {
		return type == null ? "" : messages.getMessage("audit.objectType." + type, null, type, locale);
	}

	/**
	 * The object as people read it: its type and name (账户 陈静), its type and number when
	 * it has no name, nothing when the entry has no object.
	 */
	public String object(AuditEntry entry) {
		return object(entry, messages, locale);
	}

	static String object(AuditEntry entry, MessageSource messages, Locale locale) {
		if (entry.objectType() == null) {
			return "";
		}
		String type = messages.getMessage("audit.objectType." + entry.objectType(), null, entry.objectType(), locale);
		String name = entry.objectLabel() != null ? entry.objectLabel() : entry.objectId();
		return name == null ? type : messages.getMessage("audit.objectNumber", new Object[] { type, name }, locale);
	}

	/** The address in its usual form; the loopback marked as this machine. */
	public String address(@Nullable String address) {
		String readable = NetworkAddresses.readable(address);
		if (readable == null) {
			return "";
		}
		return NetworkAddresses.isLoopback(readable)
				? messages.getMessage("audit.address.loopback", new Object[] { readable }, locale) : readable;
	}

	/** The named actions as the action list offers them, in the order of their codes. */
	public List<String> actions() {
		return NAMED_ACTIONS;
	}

	private static List<String> namedActions() {
		Properties bundle = new Properties();
		try (InputStream in = AuditWords.class.getResourceAsStream("/messages/messages.properties")) {
			if (in != null) {
				bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bundle.stringPropertyNames()
			.stream()
			.filter((key) -> key.startsWith(ACTION_PREFIX))
			.map((key) -> key.substring(ACTION_PREFIX.length()))
			.sorted(Comparator.naturalOrder())
			.toList();
	}

}
