package org.zhengtong.interaction;

import java.util.List;
import java.util.Locale;

/**
 * A module's figures on the public performance page ({@code /performance} and
 * {@code /en/performance}, 办理成效): implement as a bean and return sections in the reader's
 * language. Interaction contributes its letters and the 我为政府网站找错 figures; permits and
 * supervision add theirs the same way. Each section shows its definitions beside its
 * tables, so a reader knows what every figure counts.
 * <p>
 * The page is public and kept by the portal's page cache for the rest of the day (or
 * until the next publication), so a section's figures may be up to a day old; the page
 * says when they were counted.
 */
public interface PerformanceContributor {

	/**
	 * The sections of this module, in the language of {@code locale} ({@code zh} or
	 * {@code en}); never {@code null}, empty when there is nothing to show.
	 */
	List<PerformanceSection> sections(Locale locale);

}
