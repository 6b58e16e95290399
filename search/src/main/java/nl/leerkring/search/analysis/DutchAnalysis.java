package nl.leerkring.search.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * How Dutch text becomes index terms: words are lower-cased, stop words are dropped, compounds are
 * split into the parts the project's own word list knows ({@value #PARTS_RESOURCE}), and every word
 * and part is stemmed with the Snowball Dutch stemmer and folded to ASCII.
 *
 * <p>Splitting happens only when indexing: a part is added at the position of its compound, so
 * {@code aanpak} finds {@code wijkaanpak} and phrases keep working, while a query for the compound
 * itself still prefers documents that use the compound. Queries are analysed the same way minus the
 * splitting.
 *
 * <p>NOTE: the analyzers are thread-safe and meant to be shared; the word list is read once.
 */
public final class DutchAnalysis {

  /** The curated list of compound parts, one lower-case word a line; {@code #} starts a comment. */
  public static final String PARTS_RESOURCE = "samenstellingsdelen.txt";

  /** Words of this length or shorter are never split. */
  static final int MIN_COMPOUND = 6;

  /** Parts shorter than this are not looked for: they match too much by accident. */
  static final int MIN_PART = 3;

  static final int MAX_PART = 20;

  private static final CharArraySet PARTS = loadParts();
  private static final CharArraySet STOP_WORDS = DutchAnalyzer.getDefaultStopSet();

  private DutchAnalysis() {}

  /** For text that is indexed: splits compounds. */
  public static Analyzer indexing() {
    return new Dutch(true);
  }

  /** For what a user types: the same terms, without splitting. */
  public static Analyzer querying() {
    return new Dutch(false);
  }

  /** Lower-cased words as written, for autocomplete: suggestions must be real words. */
  public static Analyzer words() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
      }
    };
  }

  /** The parts the word list knows, for tests and for measuring recall. */
  public static int partCount() {
    return PARTS.size();
  }

  /** The terms a piece of text is indexed as, in order; for tests and diagnostics. */
  public static List<String> terms(Analyzer analyzer, String text) {
    try (TokenStream stream = analyzer.tokenStream("body", text)) {
      var term =
          stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      stream.reset();
      var out = new java.util.ArrayList<String>();
      while (stream.incrementToken()) {
        out.add(term.toString());
      }
      stream.end();
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class Dutch extends Analyzer {
    private final boolean split;

    Dutch(boolean split) {
      this.split = split;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer tokenizer = new StandardTokenizer();
      TokenStream stream = new LowerCaseFilter(tokenizer);
      // Stop words go first, so that no part is split off a stop word ("altijd" is not "tijd").
      stream = new StopFilter(stream, STOP_WORDS);
      if (split) {
        stream =
            new DictionaryCompoundWordTokenFilter(
                stream, PARTS, MIN_COMPOUND, MIN_PART, MAX_PART, true);
      }
      stream = new SnowballFilter(stream, new DutchStemmer());
      stream = new ASCIIFoldingFilter(stream);
      // A listed word standing alone is also emitted as its own part: count it once.
      stream = new RemoveDuplicatesTokenFilter(stream);
      return new TokenStreamComponents(tokenizer, stream);
    }

    /** What prefix and wildcard terms go through: no stemming, which would cut them short. */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
  }

  private static CharArraySet loadParts() {
    try (InputStream in = DutchAnalysis.class.getResourceAsStream(PARTS_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "The compound word list " + PARTS_RESOURCE + " is missing.");
      }
      CharArraySet parts = new CharArraySet(2048, false);
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String word = line.strip().toLowerCase(Locale.ROOT);
        int comment = word.indexOf('#');
        if (comment >= 0) {
          word = word.substring(0, comment).strip();
        }
        if (word.length() >= MIN_PART) {
          parts.add(word);
        }
      }
      return CharArraySet.unmodifiableSet(parts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
