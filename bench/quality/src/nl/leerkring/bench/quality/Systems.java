package nl.leerkring.bench.quality;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import nl.leerkring.bench.quality.Collection.Doc;
import nl.leerkring.search.access.Visibility;
import nl.leerkring.search.index.IndexedItem;
import nl.leerkring.search.index.SearchIndex;
import nl.leerkring.search.index.SearchRequest;
import nl.leerkring.search.index.SearchResult;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.Viewer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/** The three systems compared, each answering a query with document ids, best first. */
final class Systems {

  interface Ranker extends AutoCloseable {
    String name();

    List<String> rank(String query, int n) throws Exception;
  }

  private Systems() {}

  /** The portal's index: its analysis, query construction and ranking, as an anonymous reader. */
  static Ranker portal(List<Doc> docs, Path dir) {
    SearchIndex index = SearchIndex.open(dir);
    Visibility open = Visibility.publicFrom(new TenantId("quality"));
    for (Doc d : docs) {
      index.upsert(
          new IndexedItem(
              d.id(), "document", open, d.title(), "", d.body(), "Evaluatie", "nota", "Nota", null,
              null, List.of(), List.of(), null, null));
    }
    index.commit(1);
    index.refresh();
    return new Ranker() {
      public String name() {
        return "portal";
      }

      public List<String> rank(String query, int n) {
        SearchResult r =
            index.search(
                new SearchRequest(query, java.util.Map.of(), SearchRequest.Order.RELEVANCE, 1, n),
                Viewer.anonymous());
        return r.hits().stream().map(SearchResult.Hit::id).toList();
      }

      public void close() {
        index.close();
      }
    };
  }

  /** What a developer writes in fifty lines: standard tokens, Dutch stop words, BM25, any word. */
  static Ranker bm25(List<Doc> docs) throws IOException {
    Analyzer analyzer = new StandardAnalyzer(DutchAnalyzer.getDefaultStopSet());
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
      for (Doc d : docs) {
        Document doc = new Document();
        doc.add(new StringField("id", d.id(), Field.Store.YES));
        doc.add(new TextField("title", d.title(), Field.Store.NO));
        doc.add(new TextField("body", d.body(), Field.Store.NO));
        w.addDocument(doc);
      }
    }
    IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(dir));
    return new Ranker() {
      public String name() {
        return "bm25";
      }

      public List<String> rank(String query, int n) throws IOException {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (String term : terms(analyzer, query.replace("\"", " "))) {
          q.add(new BoostQuery(new TermQuery(new Term("title", term)), 2f), BooleanClause.Occur.SHOULD);
          q.add(new TermQuery(new Term("body", term)), BooleanClause.Occur.SHOULD);
        }
        List<String> out = new ArrayList<>();
        for (ScoreDoc sd : searcher.search(q.build(), n).scoreDocs) {
          out.add(searcher.storedFields().document(sd.doc).get("id"));
        }
        return out;
      }

      public void close() throws IOException {
        searcher.getIndexReader().close();
      }
    };
  }

  /** PostgreSQL full-text search: the {@code dutch} configuration, title weighted A, ts_rank_cd. */
  static Ranker postgres(List<Doc> docs, String url, String user, String password)
      throws SQLException {
    Connection c = DriverManager.getConnection(url, user, password);
    try (Statement s = c.createStatement()) {
      s.execute("drop table if exists quality_docs");
      s.execute(
          "create table quality_docs (id text primary key, title text, body text, tsv tsvector)");
    }
    try (PreparedStatement insert =
        c.prepareStatement(
            "insert into quality_docs values (?, ?, ?, setweight(to_tsvector('dutch', ?), 'A')"
                + " || setweight(to_tsvector('dutch', ?), 'B'))")) {
      for (Doc d : docs) {
        String body = d.body().replace("\u0000", "");
        insert.setString(1, d.id());
        insert.setString(2, d.title());
        insert.setString(3, body);
        insert.setString(4, d.title());
        insert.setString(5, body);
        insert.addBatch();
      }
      insert.executeBatch();
    }
    try (Statement s = c.createStatement()) {
      s.execute("create index on quality_docs using gin (tsv)");
      s.execute("analyze quality_docs");
    }
    PreparedStatement search =
        c.prepareStatement(
            "select id from quality_docs, websearch_to_tsquery('dutch', ?) q where tsv @@ q"
                + " order by ts_rank_cd(tsv, q) desc, id limit ?");
    return new Ranker() {
      public String name() {
        return "postgres";
      }

      public List<String> rank(String query, int n) throws SQLException {
        search.setString(1, query);
        search.setInt(2, n);
        List<String> out = new ArrayList<>();
        try (ResultSet rs = search.executeQuery()) {
          while (rs.next()) {
            out.add(rs.getString(1));
          }
        }
        return out;
      }

      public void close() throws SQLException {
        c.close();
      }
    };
  }

  static List<String> terms(Analyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("body", text)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(t.toString());
      }
      ts.end();
    }
    return out;
  }
}
