package org.zhengtong.identity;

import org.jspecify.annotations.Nullable;

/**
 * A citizen's or enterprise's registered identity as it may be shown: the ID number only
 * masked (6101**********123X).
 *
 * @param name the real name, or the enterprise's name
 * @param identifier the masked 居民身份证号, or the 统一社会信用代码 (public anyway)
 */
public record PublicProfile(AccountKind kind, String name, String identifier, @Nullable String email,
		@Nullable String mobile) {
}
