package nl.leerkring.search.analysis;

import java.io.IOException;
import java.io.Reader;

/**
 * Keeps the text a tokenizer reads, so that a filter can look at what stands before a word: the
 * tokenizer drops the full stop that tells a sentence's first word from a name.
 *
 * <p>NOTE: not thread-safe; one per analyzing thread, reset for every text.
 */
final class TextRecorder {

  private final StringBuilder text = new StringBuilder();

  Reader record(Reader in) {
    text.setLength(0);
    return new Reader() {
      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n > 0) {
          text.append(buffer, offset, n);
        }
        return n;
      }

      @Override
      public void close() throws IOException {
        in.close();
      }
    };
  }

  /**
   * Whether a word starting at this offset starts a sentence, a paragraph or a heading: nothing but
   * spaces, quotes and brackets between it and the start of the text, a full stop, question or
   * exclamation mark, colon or a line break.
   */
  boolean startsSentence(int offset) {
    for (int i = Math.min(offset, text.length()) - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (".!?:\n\r•*#|".indexOf(c) >= 0) {
        return true;
      }
      if (!Character.isWhitespace(c) && "\"'‘’“”()[]-–".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }
}
