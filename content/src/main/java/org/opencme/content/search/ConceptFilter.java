package org.opencme.content.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Index time, after stemming: where the words of a {@link MedicalConcepts
 * concept} follow one another, adds the concept term at the position of its
 * first word, with offsets spanning all its words (so a highlight marks the
 * whole phrase). Words pass through unchanged.
 *
 * <p>
 * Cheap on the common path: a word that starts no concept is passed on without
 * copying; only a word that may start one makes the filter read ahead (at most
 * the longest concept's length) and buffer those words.
 */
final class ConceptFilter extends TokenFilter {

	private final MedicalConcepts concepts;
	private final CharTermAttribute termAttribute = addAttribute(CharTermAttribute.class);
	private final PositionIncrementAttribute incrementAttribute = addAttribute(PositionIncrementAttribute.class);
	private final OffsetAttribute offsetAttribute = addAttribute(OffsetAttribute.class);
	private final ArrayDeque<Word> ahead = new ArrayDeque<>();
	private final ArrayDeque<Found> found = new ArrayDeque<>();
	private boolean exhausted;

	private record Word(State state, String stem, int increment, int startOffset, int endOffset) {
	}

	private record Found(String term, int startOffset, int endOffset) {
	}

	ConceptFilter(TokenStream input, MedicalConcepts concepts) {
		super(input);
		this.concepts = concepts;
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!found.isEmpty()) {
			Found concept = found.poll();
			clearAttributes();
			termAttribute.setEmpty().append(concept.term());
			incrementAttribute.setPositionIncrement(0);
			offsetAttribute.setOffset(concept.startOffset(), concept.endOffset());
			return true;
		}
		Word head;
		if (ahead.isEmpty()) {
			if (exhausted || !input.incrementToken()) {
				exhausted = true;
				return false;
			}
			if (!concepts.mayStart(termAttribute.buffer(), termAttribute.length())) {
				return true;
			}
			head = capture();
		} else {
			head = ahead.poll();
			if (concepts.startingWith(head.stem()).isEmpty()) {
				restoreState(head.state());
				return true;
			}
		}
		readAhead();
		findConceptsAt(head);
		restoreState(head.state());
		return true;
	}

	private Word capture() {
		return new Word(captureState(), termAttribute.toString(), incrementAttribute.getPositionIncrement(),
				offsetAttribute.startOffset(), offsetAttribute.endOffset());
	}

	private void readAhead() throws IOException {
		while (!exhausted && ahead.size() < concepts.maxLength() - 1) {
			if (input.incrementToken()) {
				ahead.add(capture());
			} else {
				exhausted = true;
			}
		}
	}

	private void findConceptsAt(Word head) {
		List<Word> next = new ArrayList<>(ahead.size());
		ahead.forEach(next::add);
		for (MedicalConcepts.Concept concept : concepts.startingWith(head.stem())) {
			String[] stems = concept.stems();
			if (stems.length - 1 > next.size()) {
				continue;
			}
			boolean match = true;
			for (int i = 1; i < stems.length && match; i++) {
				Word word = next.get(i - 1);
				match = word.increment() == concept.increments()[i] && word.stem().equals(stems[i]);
			}
			if (match) {
				found.add(new Found(concept.term(), head.startOffset(), next.get(stems.length - 2).endOffset()));
			}
		}
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		ahead.clear();
		found.clear();
		exhausted = false;
	}

}
