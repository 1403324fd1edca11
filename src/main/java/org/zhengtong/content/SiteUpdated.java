package org.zhengtong.content;

import java.time.Instant;

/**
 * Something the public sees on the site changed (a publication, a withdrawal, a new
 * channel); its version was bumped, so cached pages of the site are stale.
 *
 * @param changedAt when, in whole seconds, later than any earlier version's
 */
public record SiteUpdated(String siteCode, long version, Instant changedAt) {
}
