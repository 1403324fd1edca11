package org.zhengtong.content;

/**
 * Something the public sees on the site changed (a publication, a withdrawal, a new
 * channel); its version was bumped, so cached pages of the site are stale.
 */
public record SiteUpdated(String siteCode, long version) {
}
