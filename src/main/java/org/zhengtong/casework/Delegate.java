package org.zhengtong.casework;

import java.time.Instant;

/**
 * 委托: the delegator's tasks may be acted on by the delegate from {@code startsAt} until
 * {@code endsAt}; both are named in the history of what the delegate does.
 *
 * @param delegator the account name handing over (only they may do it)
 * @param delegate the account name of the colleague
 * @param reason why (leave, training …), at most 500 characters
 */
public record Delegate(String delegator, String delegate, Instant startsAt, Instant endsAt, String reason) {
}
