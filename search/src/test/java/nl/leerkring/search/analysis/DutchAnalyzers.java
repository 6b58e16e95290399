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
  private Analyzer querying;

  @Override
  public void beforeAll(ExtensionContext context) {
    indexing = DutchAnalysis.indexing();
    querying = DutchAnalysis.querying();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    indexing.close();
    querying.close();
  }

  /** The terms a text is indexed under. */
  List<String> indexTerms(String text) {
    return DutchAnalysis.terms(indexing, text);
  }

  /** The terms a query for {@code text} looks for. */
  List<String> queryTerms(String text) {
    return DutchAnalysis.terms(querying, text);
  }
}
