package org.zhengtong.interaction.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.zhengtong.content.ChannelView;
import org.zhengtong.content.Channels;
import org.zhengtong.content.DisclosureTopic;
import org.zhengtong.content.Disclosures;
import org.zhengtong.content.SiteView;
import org.zhengtong.interaction.internal.DisclosureAccess;
import org.zhengtong.interaction.internal.DisclosureRequest;
import org.zhengtong.interaction.internal.ProactiveDisclosure;

/**
 * What the 依申请转主动 part of a request's page offers this reader
 * ({@code ${@proactiveDesk.of(request, #authentication.name)}}): nothing unless the
 * answer disclosed something and the reader is the unit's 信息公开专员; then the draft made
 * before, or the channels and the 主题分类 to start one with (the topic the unit uses most,
 * 综合政务 when it has none yet).
 */
@Component("proactiveDesk")
public class ProactiveDesk {

	/** A channel to choose, named with its site. */
	public record Choice(ChannelView channel, String label) {
	}

	/**
	 * @param drafted the draft started before, {@code null} if none
	 * @param choices where the reader may start it (empty: they may draft in no
	 * disclosure channel)
	 */
	public record View(boolean shown, ProactiveDisclosure.@Nullable Drafted drafted, List<Choice> choices,
			List<DisclosureTopic> topics, DisclosureTopic topic) {
	}

	private final ProactiveDisclosure proactive;

	private final DisclosureAccess access;

	private final Channels channels;

	private final Disclosures disclosures;

	ProactiveDesk(ProactiveDisclosure proactive, DisclosureAccess access, Channels channels, Disclosures disclosures) {
		this.proactive = proactive;
		this.access = access;
		this.channels = channels;
		this.disclosures = disclosures;
	}

	public View of(DisclosureRequest request, String username) {
		List<DisclosureTopic> topics = Arrays.asList(DisclosureTopic.values());
		if (!ProactiveDisclosure.disclosable(request) || !access.officer(username, request.unitId())) {
			return new View(false, null, List.of(), topics, DisclosureTopic.GENERAL_AFFAIRS);
		}
		ProactiveDisclosure.Drafted drafted = proactive.draftOf(request.id()).orElse(null);
		if (drafted != null) {
			return new View(true, drafted, List.of(), topics, DisclosureTopic.GENERAL_AFFAIRS);
		}
		List<ChannelView> mine = proactive.channelsFor(username);
		List<Choice> choices = mine.stream().map((channel) -> {
			SiteView site = channels.site(channel.siteCode());
			return new Choice(channel, site.name() + " · " + channel.name());
		}).toList();
		DisclosureTopic topic = mine.isEmpty() ? DisclosureTopic.GENERAL_AFFAIRS
				: mostUsed(disclosures.topicCounts(mine.get(0).siteCode(), request.unitId()));
		return new View(true, null, choices, topics, topic);
	}

	private static DisclosureTopic mostUsed(Map<DisclosureTopic, Long> counts) {
		return counts.entrySet()
			.stream()
			.max(Map.Entry.<DisclosureTopic, Long>comparingByValue()
				.thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
			.map(Map.Entry::getKey)
			.orElse(DisclosureTopic.GENERAL_AFFAIRS);
	}

}
