package nl.leerkring.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

/** The query builder: which words must, may and must not occur, and what is scored how. */
class UserQueryTest {

  /** The query of the words themselves, inside the proximity wrapper when there is one. */
  private static BooleanQuery words(Query q) {
    BooleanQuery outer = assertInstanceOf(BooleanQuery.class, q);
    BooleanClause first = outer.clauses().get(0);
    if (first.getOccur() == Occur.MUST && first.getQuery() instanceof BooleanQuery inner) {
      boolean proximity =
          outer.clauses().size() == 2
              && outer.clauses().get(1).getQuery() instanceof BoostQuery b
              && b.getQuery() instanceof PhraseQuery;
      if (proximity) {
        return inner;
      }
    }
    return outer;
  }

  private static List<Occur> occurs(BooleanQuery q) {
    return q.clauses().stream().map(BooleanClause::getOccur).toList();
  }

  /** The words of the query, checked: how each must occur, and how many optional ones at least. */
  private static BooleanQuery assertWords(String query, int minimum, Occur... expected) {
    BooleanQuery q = words(UserQuery.parse(query));
    assertEquals(List.of(expected), occurs(q), query);
    assertEquals(minimum, q.getMinimumNumberShouldMatch(), query);
    return q;
  }

  @Test
  void mostWordsAreRequiredDependingOnHowMany() {
    assertEquals(1, UserQuery.required(1));
    assertEquals(2, UserQuery.required(2));
    assertEquals(2, UserQuery.required(3));
    assertEquals(3, UserQuery.required(4));
    assertEquals(4, UserQuery.required(5));
    assertEquals(6, UserQuery.required(8));
  }

  @Test
  void threeWordsAreAllScoredAndTwoRequired() {
    assertWords("wonen zorg ouderen", 2, Occur.SHOULD, Occur.SHOULD, Occur.SHOULD);
  }

  @Test
  void wordsCloseTogetherAreRewardedWithASloppyPhrase() {
    BooleanQuery outer = (BooleanQuery) UserQuery.parse("eenzaamheid ouderen");
    assertEquals(List.of(Occur.MUST, Occur.SHOULD), occurs(outer));
    BoostQuery near = (BoostQuery) outer.clauses().get(1).getQuery();
    PhraseQuery phrase = (PhraseQuery) near.getQuery();
    assertEquals(UserQuery.PROXIMITY_SLOP, phrase.getSlop());
    assertEquals(Fields.BODY, phrase.getField());
    // One word has nothing to be close to.
    Query one = UserQuery.parse("eenzaamheid");
    assertEquals(one, words(one));
  }

  @Test
  void anExactPhraseStaysRequiredBesideLooseWords() {
    BooleanQuery q =
        assertWords("\"plan van aanpak\" wijk buurt", 2, Occur.MUST, Occur.SHOULD, Occur.SHOULD);
    assertTrue(q.clauses().get(0).getQuery().toString().contains("\"plan ? aanpak\""));
  }

  @Test
  void aMinusWordStaysExcludedAndAPlusWordRequired() {
    assertWords("pensioen -ambtenaren", 1, Occur.SHOULD, Occur.MUST_NOT);
    assertWords("+huur subsidie wonen", 2, Occur.MUST, Occur.SHOULD, Occur.SHOULD);
  }

  @Test
  void andOrAndBracketsAreBooleanLogicWithoutMinimum() {
    BooleanQuery and = (BooleanQuery) UserQuery.parse("huur AND subsidie wonen");
    assertEquals(List.of(Occur.MUST, Occur.MUST, Occur.MUST), occurs(and));
    BooleanQuery or = (BooleanQuery) UserQuery.parse("visserij OR pluimvee");
    assertEquals(List.of(Occur.SHOULD, Occur.SHOULD), occurs(or));
    assertEquals(0, or.getMinimumNumberShouldMatch());
    BooleanQuery grouped = (BooleanQuery) UserQuery.parse("(wijk OR buurt) zorg");
    assertEquals(List.of(Occur.MUST, Occur.MUST), occurs(grouped));
  }

  @Test
  void aWordMatchesTheWordsAndWithLessWeightThePartsOfCompounds() {
    BooleanQuery word =
        (BooleanQuery) ((BooleanQuery) UserQuery.parse("aanpak")).clauses().get(0).getQuery();
    float parts = Float.NaN;
    float body = Float.NaN;
    for (BooleanClause c : word.clauses()) {
      BoostQuery b = (BoostQuery) c.getQuery();
      String text = b.getQuery().toString();
      if (text.startsWith(Fields.PARTS + ":")) {
        parts = b.getBoost();
      } else if (text.startsWith(Fields.BODY + ":")) {
        body = b.getBoost();
      }
    }
    assertTrue(parts > 0 && parts < body, "parts " + parts + ", body " + body);
  }
}
