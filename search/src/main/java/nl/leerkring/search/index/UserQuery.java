package nl.leerkring.search.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.leerkring.search.analysis.DutchAnalysis;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns what a reader typed into a Lucene query over title, text, metadata and the parts of
 * compounds, and anything that cannot be read into a {@link SearchException} that says what to fix.
 *
 * <p>Words as typed are all scored, and most of them must occur: one or two words all, three words
 * two, then all but a quarter ({@link #required}); texts with the words close together score higher
 * ({@link #PROXIMITY_SLOP}). {@code "exact phrase"} and {@code +word} must occur, {@code -word}
 * must not. A query with {@code AND}, {@code OR}, {@code NOT}, brackets or field syntax is read as
 * boolean logic instead, with every word required unless {@code OR} says otherwise. A word matches
 * the words of title, text and metadata, and with less weight the parts of compounds ({@code
 * aanpak} finds {@code wijkaanpak}, below a text about the {@code aanpak} itself). Field syntax is
 * honoured for {@code title:} only; other {@code word:} text is searched as written, because
 * readers type things like {@code art. 3:1}.
 *
 * <p>NOTE: not thread-safe (the Lucene parser keeps state); make one per query.
 */
final class UserQuery {

  private static final Analyzer ANALYZER = DutchAnalysis.querying();

  /** The fields a word is looked for in; other field names in a query are text. */
  private static final Set<String> SEARCHED =
      Set.of(Fields.TITLE, Fields.BODY, Fields.META, Fields.PARTS);

  /**
   * Weights of a word's matches, a compound's part least. The title weighs as the text (a word in
   * both counts twice): many titles are formal sentences that name the issuing minister ("van
   * Landbouw, Natuurbeheer en Visserij"), so a word in the title alone says less about the subject
   * than the same word in the text. Measured on bench/quality's tuning half with the text's b of
   * {@link Ranking#BODY_B}: nDCG@10 0.826 for title ×2, 0.835 for ×1.25, 0.838 for ×1.
   */
  static final Map<String, Float> WEIGHTS =
      Map.of(Fields.TITLE, 1f, Fields.BODY, 1f, Fields.META, 0.5f, Fields.PARTS, 0.8f);

  /** How far apart (in positions) the words of a query may stand for the proximity boost. */
  static final int PROXIMITY_SLOP = 10;

  static final float PROXIMITY_BOOST = 1f;

  /** What makes a query boolean logic rather than words: AND, OR, NOT, brackets, fields, ~, ^. */
  private static final Pattern OPERATORS =
      Pattern.compile("(^|\\s)(AND|OR|NOT|\\|\\||&&)(\\s|$)|[()\\[\\]{}:~^]");

  private static final Pattern TOKENS = Pattern.compile("[-+]?\"[^\"]*\"|\\S+");

  private UserQuery() {}

  static Query parse(String text) {
    if (text == null || text.isBlank()) {
      return new MatchAllDocsQuery();
    }
    if (text.length() > SearchRequest.MAX_QUERY_LENGTH) {
      throw new SearchException(
          SearchException.Kind.INVALID,
          SearchException.Reason.QUERY_TOO_LONG,
          "The query is "
              + text.length()
              + " characters long; shorten it to at most "
              + SearchRequest.MAX_QUERY_LENGTH
              + ".",
          text.length(),
          SearchRequest.MAX_QUERY_LENGTH);
    }
    explainCommonMistakes(text);
    try {
      if (OPERATORS.matcher(text.replaceAll("\"[^\"]*\"", " ")).find()) {
        return withoutOnlyExclusions(new Parser().parse(literalSlashes(text)));
      }
      return words(text);
    } catch (ParseException | RuntimeException e) {
      if (e instanceof IndexSearcher.TooManyClauses
          || e.getCause() instanceof IndexSearcher.TooManyClauses) {
        throw new SearchException(
            SearchException.Kind.INVALID,
            SearchException.Reason.TOO_MANY_TERMS,
            "The query has too many words or matches too many terms; use fewer words or a longer"
                + " prefix before *.");
      }
      throw new SearchException(
          SearchException.Kind.SYNTAX,
          SearchException.Reason.UNREADABLE,
          "The query could not be read. Check the quotes, brackets and the words AND, OR and NOT"
              + " (each needs a word on both sides), or put the text between quotes to search it"
              + " literally.",
          e);
    }
  }

  /**
   * Words, phrases, {@code +word} and {@code -word}: the words are scored, most of them required,
   * with a boost for texts that have them close together.
   */
  private static Query words(String text) throws ParseException {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKENS.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    List<String> scored = new ArrayList<>();
    int optional = 0;
    for (String token : tokens) {
      boolean excluded = token.startsWith("-") && token.length() > 1;
      boolean plus = token.startsWith("+") && token.length() > 1;
      String bare = excluded || plus ? token.substring(1) : token;
      Query q = new Parser().parse(literalSlashes(bare));
      if (q instanceof BooleanQuery b && b.clauses().isEmpty()) {
        continue; // a stop word
      }
      if (excluded) {
        all.add(q, BooleanClause.Occur.MUST_NOT);
      } else if (plus || bare.startsWith("\"")) {
        all.add(q, BooleanClause.Occur.MUST);
        scored.add(bare.replace("\"", ""));
      } else {
        all.add(q, BooleanClause.Occur.SHOULD);
        scored.add(bare);
        optional++;
      }
    }
    all.setMinimumNumberShouldMatch(required(optional));
    Query words = withoutOnlyExclusions(all.build());
    if (scored.size() < 2) {
      return words;
    }
    BooleanQuery.Builder near = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST);
    Query close =
        new QueryBuilder(ANALYZER)
            .createPhraseQuery(Fields.BODY, String.join(" ", scored), PROXIMITY_SLOP);
    if (close != null) {
      near.add(new BoostQuery(close, PROXIMITY_BOOST), BooleanClause.Occur.SHOULD);
    }
    return near.build();
  }

  /** Of {@code words} optional words, how many must occur: all of one or two, then most. */
  static int required(int words) {
    return words <= 2 ? words : words - Math.max(1, words / 4);
  }

  /** The mistakes people actually make, each with its own message. */
  private static void explainCommonMistakes(String text) {
    if (text.chars().filter(c -> c == '"').count() % 2 != 0) {
      throw syntax(
          SearchException.Reason.QUOTE_NOT_CLOSED,
          "A quote (\") is not closed; add the closing quote or remove the opening one.");
    }
    int depth = 0;
    // Brackets between quotes are part of a phrase, not grouping.
    for (char c : text.replaceAll("\"[^\"]*\"", " ").toCharArray()) {
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (depth < 0) {
        throw syntax(
            SearchException.Reason.CLOSING_BRACKET_FIRST,
            "A closing bracket ')' has no opening bracket '(' before it.");
      }
    }
    if (depth > 0) {
      throw syntax(
          SearchException.Reason.BRACKET_NOT_CLOSED,
          "A bracket '(' is not closed; add ')' or remove the '('.");
    }
    for (String word : text.replaceAll("\"[^\"]*\"", " ").split("[\\s()]+")) {
      String bare = word.startsWith("-") || word.startsWith("+") ? word.substring(1) : word;
      if (bare.endsWith("*") && bare.length() < 3) {
        throw syntax(
            SearchException.Reason.PREFIX_TOO_SHORT,
            "Type at least two letters before * ('" + word + "'), as in wi*.",
            word);
      }
      if (bare.startsWith("*") || bare.startsWith("?")) {
        throw syntax(
            SearchException.Reason.WILDCARD_FIRST,
            "A word cannot start with * or ? ('"
                + word
                + "'); put the wildcard at the end, as in wijk*.",
            word);
      }
    }
    String[] words = text.strip().split("\\s+");
    String last = words[words.length - 1];
    String first = words[0];
    if (Set.of("AND", "OR", "NOT", "&&", "||").contains(last)
        || Set.of("AND", "OR", "&&", "||").contains(first)) {
      String operator = Set.of("AND", "OR", "NOT", "&&", "||").contains(last) ? last : first;
      throw syntax(
          SearchException.Reason.OPERATOR_ALONE,
          "'"
              + operator
              + "' needs a word on both sides; write it in lower case to search for the word"
              + " itself.",
          operator);
    }
  }

  /**
   * A slash is text, as in {@code en/of} or {@code 2024/17}: the parser would read it as the start
   * of a regular expression, which readers never mean.
   */
  private static String literalSlashes(String text) {
    return text.replaceAll("(?<!\\\\)/", "\\\\/");
  }

  /**
   * A query of exclusions only ({@code -concept}, {@code NOT concept}) means everything else, as in
   * every web search; Lucene alone would match nothing.
   */
  private static Query withoutOnlyExclusions(Query query) {
    if (query instanceof BooleanQuery b
        && !b.clauses().isEmpty()
        && b.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.MUST_NOT)) {
      BooleanQuery.Builder all =
          new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
      b.clauses().forEach(all::add);
      return all.build();
    }
    return query;
  }

  private static SearchException syntax(
      SearchException.Reason reason, String message, Object... args) {
    return new SearchException(SearchException.Kind.SYNTAX, reason, message, args);
  }

  private static final class Parser extends MultiFieldQueryParser {
    Parser() {
      super(new String[] {Fields.TITLE, Fields.BODY, Fields.META, Fields.PARTS}, ANALYZER, WEIGHTS);
      setDefaultOperator(QueryParser.Operator.AND);
      setAllowLeadingWildcard(false);
      setSplitOnWhitespace(true);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted)
        throws ParseException {
      if (field != null && !SEARCHED.contains(field)) {
        return super.getFieldQuery(null, field + " " + queryText, quoted);
      }
      return super.getFieldQuery(field, queryText, quoted);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
      if (field != null && !SEARCHED.contains(field)) {
        return super.getFieldQuery(null, field + " " + queryText, slop);
      }
      return super.getFieldQuery(field, queryText, slop);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
      if (termStr.length() < 2) {
        throw new ParseException("prefix too short");
      }
      return super.getPrefixQuery(
          field != null && !SEARCHED.contains(field) ? null : field, termStr);
    }

    /**
     * A fuzzy word ({@code wijkteam~}) matches every word within its edits, scored alike: Lucene's
     * default keeps the 50 closest words of the whole index, so another gemeente's private words
     * could push out the viewer's own.
     */
    @Override
    protected Query newFuzzyQuery(Term term, float minimumSimilarity, int prefixLength) {
      String text = term.text();
      int edits = FuzzyQuery.floatToEdits(minimumSimilarity, text.codePointCount(0, text.length()));
      return new FuzzyQuery(
          term,
          edits,
          prefixLength,
          FuzzyQuery.defaultMaxExpansions,
          FuzzyQuery.defaultTranspositions,
          MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE);
    }
  }
}
