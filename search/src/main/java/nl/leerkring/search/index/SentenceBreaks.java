package nl.leerkring.search.index;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Sentence boundaries for passages, looked for only around the offsets the highlighter asks about.
 * A sentence ends after {@code .}, {@code ?} or {@code !} with the closing quotes or brackets and
 * the white space (line breaks too) after them, except where a full stop is followed by a
 * lower-case word or a number (an abbreviation: "o.a. de", "nr. 12"). These are the JDK's sentence
 * rules for the text the portal holds; they differ where the JDK's tables have quirks of their own.
 *
 * <p>Why not {@code BreakIterator.getSentenceInstance()}: the JDK's table-driven iterator walks a
 * {@link CharacterIterator} char by char through its state tables for every {@code following} and
 * {@code preceding} the highlighter asks, and was a fifth of the highlighting cost.
 *
 * <p>NOTE: not thread-safe, as no {@link BreakIterator} is; the highlighter makes one per field.
 */
final class SentenceBreaks extends BreakIterator {

  private String text = "";
  private int current;

  @Override
  public void setText(String newText) {
    text = newText;
    current = 0;
  }

  @Override
  public void setText(CharacterIterator source) {
    StringBuilder b = new StringBuilder(source.getEndIndex() - source.getBeginIndex());
    for (char c = source.first(); c != CharacterIterator.DONE; c = source.next()) {
      b.append(c);
    }
    setText(b.toString());
  }

  @Override
  public CharacterIterator getText() {
    return new StringCharacterIterator(text);
  }

  /** Whether a sentence starts at {@code p}: the text's ends, or right after a sentence's end. */
  private boolean boundary(int p) {
    int n = text.length();
    if (p <= 0 || p >= n) {
      return p == 0 || p == n;
    }
    if (space(text.charAt(p)) || !space(text.charAt(p - 1))) {
      return false;
    }
    int i = p - 1;
    while (i > 0 && space(text.charAt(i - 1))) {
      i--;
    }
    while (i > 0 && closing(text.charAt(i - 1))) {
      i--;
    }
    if (i == 0 || !terminator(text.charAt(i - 1))) {
      return false;
    }
    boolean fullStop = true;
    while (i > 0 && terminator(text.charAt(i - 1))) {
      fullStop &= text.charAt(i - 1) == '.';
      i--;
    }
    return !(fullStop && continues(text.charAt(p)));
  }

  /** After a full stop, a sentence goes on with a lower-case word or a number ("nr. 12"). */
  private static boolean continues(char c) {
    return Character.isLowerCase(c) || Character.isDigit(c);
  }

  private static boolean terminator(char c) {
    return c == '.' || c == '?' || c == '!';
  }

  private static boolean closing(char c) {
    return c == '"'
        || c == '\''
        || c == ')'
        || c == ']'
        || c == '\u201D'
        || c == '\u2019'
        || c == '\u00BB';
  }

  private static boolean space(char c) {
    return c == ' '
        || c == '\t'
        || c == '\n'
        || c == '\r'
        || c == '\f'
        || c == '\u00A0'
        || c == '\u0085'
        || c == '\u2028'
        || c == '\u2029';
  }

  @Override
  public int first() {
    current = 0;
    return current;
  }

  @Override
  public int last() {
    current = text.length();
    return current;
  }

  @Override
  public int next(int n) {
    int result = current;
    for (int i = 0; i < n && result != DONE; i++) {
      result = next();
    }
    for (int i = 0; i > n && result != DONE; i--) {
      result = previous();
    }
    return result;
  }

  @Override
  public int next() {
    return following(current);
  }

  @Override
  public int previous() {
    return preceding(current);
  }

  @Override
  public int following(int offset) {
    for (int p = Math.max(offset + 1, 0); p <= text.length(); p++) {
      if (isBoundary(p)) {
        current = p;
        return p;
      }
    }
    current = text.length();
    return DONE;
  }

  @Override
  public int preceding(int offset) {
    for (int p = Math.min(offset - 1, text.length()); p >= 0; p--) {
      if (isBoundary(p)) {
        current = p;
        return p;
      }
    }
    current = 0;
    return DONE;
  }

  @Override
  public boolean isBoundary(int offset) {
    return offset >= 0 && offset <= text.length() && boundary(offset);
  }

  @Override
  public int current() {
    return current;
  }
}
