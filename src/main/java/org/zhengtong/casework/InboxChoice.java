package org.zhengtong.casework;

/** A module and case type found among a person's open tasks, for the filter form. */
public record InboxChoice(String module, String type, long count) {
}
