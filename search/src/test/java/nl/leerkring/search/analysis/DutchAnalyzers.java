package nl.leerkring.search.analysis;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The indexing and the querying analyzer of {@link DutchAnalysis}, opened once for a test class and
 * closed after it: register as a static {@code @RegisterExtension} field.
 */
final class DutchAnalyzers implements BeforeAllCallback, AfterAllCallback {

  private Analyzer indexing;
  private Analyzer parts;
  private Analyzer querying;

  @Override
  public void beforeAll(ExtensionContext context) {
    indexing = DutchAnalysis.indexing();
    parts = DutchAnalysis.parts();
    querying = DutchAnalysis.querying();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    indexing.close();
    parts.close();
    querying.close();
  }

  /** The terms a text is indexed under: its words, then the parts of its compounds. */
  List<String> indexTerms(String text) {
    List<String> terms = new java.util.ArrayList<>(DutchAnalysis.terms(indexing, text));
    terms.addAll(partTerms(text));
    return terms;
  }

  /** The terms of the parts field: only the parts of the text's compounds. */
  List<String> partTerms(String text) {
    return DutchAnalysis.terms(parts, text);
  }

  /** The terms a query for {@code text} looks for. */
  List<String> queryTerms(String text) {
    return DutchAnalysis.terms(querying, text);
  }
}
