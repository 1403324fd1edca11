package org.zhengtong.search.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * 您是不是要找: corrections of a word or phrase that found nothing, made from the index's own
 * tokens. A Chinese typing error is mostly one wrong character (数子政府 for 数字政府, a
 * homophone from the input method): each bigram of the phrase is looked up among the
 * bigrams the index holds one character away (数子 → 数字, 数据…), and the character that
 * differs replaces the one typed. A Latin word is replaced by indexed words one or two
 * letters away. The caller keeps the corrections that find something.
 */
final class Spelling {

	/** Near tokens asked for, per bigram or word. */
	static final int NEAR = 5;

	/** Corrections tried at most, per phrase. */
	static final int MOST = 8;

	private Spelling() {
	}

	/** Phrases one character (or one word) from this one, the likeliest first. */
	static List<String> corrections(String term, SearchEngine engine) {
		// One group per bigram or word, taken in turns: a wrong character late in the
		// phrase is tried as early as one at its start.
		List<List<String>> groups = new ArrayList<>();
		int at = 0;
		while (at < term.length()) {
			int end = at;
			boolean ideographic = Character.isIdeographic(term.charAt(at));
			while (end < term.length() && kind(term.charAt(end)) == kind(term.charAt(at))) {
				end++;
			}
			if (ideographic) {
				for (int i = at; i + 1 < end; i++) {
					String bigram = term.substring(i, i + 2);
					List<String> corrections = new ArrayList<>();
					groups.add(corrections);
					for (String near : engine.similar(bigram, NEAR)) {
						if (near.length() != 2) {
							continue;
						}
						if (near.charAt(1) == bigram.charAt(1) && near.charAt(0) != bigram.charAt(0)) {
							corrections.add(replace(term, i, i + 1, near.substring(0, 1)));
						}
						else if (near.charAt(0) == bigram.charAt(0) && near.charAt(1) != bigram.charAt(1)) {
							corrections.add(replace(term, i + 1, i + 2, near.substring(1)));
						}
					}
				}
			}
			else if (kind(term.charAt(at)) == Kind.WORD && end - at >= 3) {
				String word = term.substring(at, end).toLowerCase(Locale.ROOT);
				List<String> corrections = new ArrayList<>();
				groups.add(corrections);
				for (String near : engine.similar(word, NEAR)) {
					corrections.add(replace(term, at, end, near));
				}
			}
			at = end;
		}
		Set<String> likeliest = new LinkedHashSet<>();
		for (int turn = 0; turn < NEAR; turn++) {
			for (List<String> group : groups) {
				if (turn < group.size() && !group.get(turn).equals(term) && likeliest.size() < MOST) {
					likeliest.add(group.get(turn));
				}
			}
		}
		return List.copyOf(likeliest);
	}

	private enum Kind {

		IDEOGRAPH, WORD, OTHER

	}

	private static Kind kind(char character) {
		if (Character.isIdeographic(character)) {
			return Kind.IDEOGRAPH;
		}
		return Character.isLetterOrDigit(character) ? Kind.WORD : Kind.OTHER;
	}

	private static String replace(String term, int from, int to, String with) {
		return term.substring(0, from) + with + term.substring(to);
	}

}
