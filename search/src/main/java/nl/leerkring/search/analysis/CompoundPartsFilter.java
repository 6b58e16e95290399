package nl.leerkring.search.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Replaces every compound by its parts (lower case, at the compound's position) and drops every
 * other word: the stream of the {@code parts} field, which is scored apart from the words
 * themselves.
 *
 * <p>Sees the words as written, before lower-casing, because a capital tells a name: a word with a
 * capital inside a sentence is a name (Crooswijk, Waterrijk), and so is a name of the lexicon at
 * the start of one (Zorgvlietstraat); names are never split. Words in capitals only (headings,
 * acronyms) count as lower case.
 *
 * <p>NOTE: not thread-safe, as every token stream.
 */
final class CompoundPartsFilter extends TokenFilter {

  private final DutchLexicon lexicon;
  private final Decompounder decompounder;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position =
      addAttribute(PositionIncrementAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final Deque<String> pending = new ArrayDeque<>();
  private final TextRecorder text;

  CompoundPartsFilter(
      TokenStream input, DutchLexicon lexicon, Decompounder decompounder, TextRecorder text) {
    super(input);
    this.lexicon = lexicon;
    this.decompounder = decompounder;
    this.text = text;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      term.setEmpty().append(pending.poll());
      position.setPositionIncrement(0);
      return true;
    }
    int skipped = 0;
    while (input.incrementToken()) {
      skipped += position.getPositionIncrement();
      List<String> parts = parts(term.toString());
      if (!parts.isEmpty()) {
        term.setEmpty().append(parts.get(0));
        position.setPositionIncrement(skipped);
        pending.addAll(parts.subList(1, parts.size()));
        return true;
      }
    }
    return false;
  }

  private List<String> parts(String written) {
    String lower = written.toLowerCase(Locale.ROOT);
    boolean capital = !written.isEmpty() && Character.isUpperCase(written.charAt(0));
    boolean allCaps = written.equals(written.toUpperCase(Locale.ROOT));
    if (capital
        && !allCaps
        && (lexicon.isName(lower) || !text.startsSentence(offset.startOffset()))) {
      return List.of();
    }
    return decompounder.split(lower);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
  }
}
