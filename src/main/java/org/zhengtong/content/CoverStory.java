package org.zhengtong.content;

import java.time.Instant;
import java.util.UUID;

/**
 * A published article with a 题图, for the homepage's 图片新闻.
 *
 * @param imagePath where the image is downloaded ({@code /files/…})
 */
public record CoverStory(long id, UUID channelId, String title, String imagePath, Instant publishedAt) {
}
