package nl.leerkring.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * How Dutch text becomes index terms: words are lower-cased, stop words are dropped, and every word
 * is stemmed with the Snowball Dutch stemmer and folded to ASCII ({@link #indexing()}, {@link
 * #querying()}). Compounds are split apart, into a field of their own ({@link #parts()}): a
 * compound's parts are found by decomposing the whole word into words of the OpenTaal word list
 * ({@link Decompounder}), names are never split ({@link CompoundPartsFilter}).
 *
 * <p>Keeping the parts in their own field lets a match on a part count with its own frequency and
 * field statistics, and with less weight than the word itself: {@code aanpak} finds {@code
 * wijkaanpak}, below a text about the {@code aanpak} itself.
 *
 * <p>NOTE: the analyzers are thread-safe and meant to be shared; the lexicon is read once.
 */
public final class DutchAnalysis {

  private static final DutchLexicon LEXICON = DutchLexicon.load();
  private static final Decompounder DECOMPOUNDER = new Decompounder(LEXICON);
  private static final CharArraySet STOP_WORDS = DutchAnalyzer.getDefaultStopSet();

  private DutchAnalysis() {}

  /** For the words of indexed text: the same terms as {@link #querying()}. */
  public static Analyzer indexing() {
    return new Dutch(false);
  }

  /** For what a user types. */
  public static Analyzer querying() {
    return new Dutch(false);
  }

  /** For the parts field: only the parts of compounds, each at its compound's position. */
  public static Analyzer parts() {
    return new Dutch(true);
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

  /** The common words of the lexicon, for tests. */
  public static int lexiconSize() {
    return LEXICON.size();
  }

  /** The parts of one lower-case word, as written (before stemming); empty for no compound. */
  public static List<String> split(String word) {
    return DECOMPOUNDER.split(word);
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
    private final boolean parts;
    private final ThreadLocal<TextRecorder> text = ThreadLocal.withInitial(TextRecorder::new);

    Dutch(boolean parts) {
      this.parts = parts;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer tokenizer = new StandardTokenizer();
      // Parts are split off the words as written: a capital tells a name.
      TokenStream stream =
          parts ? new CompoundPartsFilter(tokenizer, LEXICON, DECOMPOUNDER, text.get()) : tokenizer;
      stream = new LowerCaseFilter(stream);
      stream = new StopFilter(stream, STOP_WORDS);
      stream = new SnowballFilter(stream, new DutchStemmer());
      stream = new ASCIIFoldingFilter(stream);
      // A part may come in two forms that stem alike (kinder, kinderen): count it once.
      stream = new RemoveDuplicatesTokenFilter(stream);
      return new TokenStreamComponents(tokenizer, stream);
    }

    /** The parts field looks back at the text before a word; the other fields need not. */
    @Override
    protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
      return parts ? text.get().record(reader) : reader;
    }

    /** What prefix and wildcard terms go through: no stemming, which would cut them short. */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
  }
}
