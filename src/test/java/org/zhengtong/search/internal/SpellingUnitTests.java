package org.zhengtong.search.internal;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A phrase with one wrong character is corrected from the bigrams the index holds near
 * each of its own; a Latin word from the words near it; corrections of each bigram are
 * taken in turns, at most a few.
 */
class SpellingUnitTests {

	@Test
	void one_wrong_character_is_replaced_from_the_bigrams_near_each_of_the_phrase() {
		SearchEngine engine = engine(
				Map.of("数子", List.of("数字", "数据", "孩子"), "子政", List.of("财政", "子女"), "政府", List.of("政务")));
		assertThat(Spelling.corrections("数子政府", engine)).as("each bigram's nearest first, in turns")
			.containsExactly("数字政府", "数财政府", "数子政务", "数据政府", "数子女府", "孩子政府");
	}

	@Test
	void a_latin_word_is_replaced_and_short_words_and_punctuation_are_left() {
		SearchEngine engine = engine(Map.of("portl", List.of("portal", "port")));
		assertThat(Spelling.corrections("open portl", engine)).containsExactly("open portal", "open port");
		assertThat(Spelling.corrections("7号", engine)).isEmpty();
	}

	private static SearchEngine engine(Map<String, List<String>> near) {
		SearchEngine engine = mock(SearchEngine.class);
		when(engine.similar(org.mockito.ArgumentMatchers.anyString(), org.mockito.ArgumentMatchers.anyInt()))
			.thenAnswer((call) -> near.getOrDefault(call.getArgument(0, String.class), List.of()));
		return engine;
	}

}
