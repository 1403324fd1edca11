package org.zhengtong.interaction.internal;

/** How an interview's stream from the configured media server is embedded. */
public enum MediaKind {

	/** The media server's own player page, in a frame. */
	PLAYER,

	/** A video the browser plays itself. */
	VIDEO,

	/** Sound only. */
	AUDIO

}
