package org.zhengtong.shared;

import org.jspecify.annotations.Nullable;

/**
 * Client addresses as people read them: the IPv6 loopback {@code 0:0:0:0:0:0:0:1} as
 * {@code ::1}, an IPv4 address written as IPv6 ({@code ::ffff:10.0.0.7}) as
 * {@code 10.0.0.7}, and other IPv6 addresses in their short form (RFC 5952).
 */
public final class NetworkAddresses {

	private NetworkAddresses() {
	}

	/** The address in its short, usual form; text that is no address as it is. */
	public static @Nullable String readable(@Nullable String address) {
		if (address == null || address.indexOf(':') < 0) {
			return address;
		}
		String text = address.strip();
		String zone = "";
		int percent = text.indexOf('%');
		if (percent >= 0) {
			zone = text.substring(percent);
			text = text.substring(0, percent);
		}
		if (text.startsWith("[") && text.endsWith("]")) {
			text = text.substring(1, text.length() - 1);
		}
		int[] groups = groups(text);
		if (groups == null) {
			return address;
		}
		boolean mapped = groups[0] == 0 && groups[1] == 0 && groups[2] == 0 && groups[3] == 0 && groups[4] == 0
				&& groups[5] == 0xffff;
		if (mapped) {
			return (groups[6] >> 8) + "." + (groups[6] & 0xff) + "." + (groups[7] >> 8) + "." + (groups[7] & 0xff);
		}
		return shortForm(groups) + zone;
	}

	/** Whether the address is this machine (127.0.0.0/8 or ::1). */
	public static boolean isLoopback(@Nullable String address) {
		String readable = readable(address);
		return readable != null && (readable.equals("::1") || readable.startsWith("127."));
	}

	private static int @Nullable [] groups(String text) {
		String[] halves = text.split("::", -1);
		if (halves.length > 2) {
			return null;
		}
		String[] head = halves[0].isEmpty() ? new String[0] : halves[0].split(":", -1);
		String[] tail = halves.length == 1 || halves[1].isEmpty() ? new String[0] : halves[1].split(":", -1);
		int[] head4 = parse(head);
		int[] tail4 = parse(tail);
		if (head4 == null || tail4 == null) {
			return null;
		}
		int count = head4.length + tail4.length;
		if (halves.length == 1 ? count != 8 : count > 7) {
			return null;
		}
		int[] groups = new int[8];
		System.arraycopy(head4, 0, groups, 0, head4.length);
		System.arraycopy(tail4, 0, groups, 8 - tail4.length, tail4.length);
		return groups;
	}

	/** Hex groups, the last of which may be a dotted IPv4 address (two groups). */
	private static int @Nullable [] parse(String[] parts) {
		int[] out = new int[parts.length + 1];
		int n = 0;
		for (int i = 0; i < parts.length; i++) {
			String part = parts[i];
			if (i == parts.length - 1 && part.indexOf('.') >= 0) {
				String[] bytes = part.split("\\.", -1);
				if (bytes.length != 4) {
					return null;
				}
				int[] b = new int[4];
				for (int j = 0; j < 4; j++) {
					if (!bytes[j].matches("[0-9]{1,3}") || Integer.parseInt(bytes[j]) > 255) {
						return null;
					}
					b[j] = Integer.parseInt(bytes[j]);
				}
				out[n++] = (b[0] << 8) | b[1];
				out[n++] = (b[2] << 8) | b[3];
			}
			else {
				if (!part.matches("[0-9a-fA-F]{1,4}")) {
					return null;
				}
				out[n++] = Integer.parseInt(part, 16);
			}
		}
		return java.util.Arrays.copyOf(out, n);
	}

	private static String shortForm(int[] groups) {
		int bestStart = -1;
		int bestLength = 1;
		for (int i = 0; i < 8;) {
			if (groups[i] != 0) {
				i++;
				continue;
			}
			int j = i;
			while (j < 8 && groups[j] == 0) {
				j++;
			}
			if (j - i > bestLength) {
				bestStart = i;
				bestLength = j - i;
			}
			i = j;
		}
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			if (i == bestStart) {
				out.append("::");
				i += bestLength - 1;
				continue;
			}
			if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
				out.append(':');
			}
			out.append(Integer.toHexString(groups[i]));
		}
		return out.toString();
	}

}
