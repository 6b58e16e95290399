package nl.leerkring.portal.conversations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MentionsTest {

  @Test
  void peopleAndGemeentenAreFoundByTheirNamesInLowerCase() {
    assertEquals(
        List.of("duiven.lid", "berg-en-dal", "han"),
        List.copyOf(Mentions.in("Vraag aan @Duiven.lid en @berg-en-dal; (@han) weet het ook.")));
  }

  @Test
  void punctuationThatEndsASentenceIsNoPartOfTheName() {
    assertEquals(
        List.of("wijchen.lid", "doesburg"),
        List.copyOf(Mentions.in("Dank @wijchen.lid. En @doesburg, graag!")));
  }

  @Test
  void anEmailAddressOrADoubleAtIsNoMention() {
    assertTrue(Mentions.in("Mail naar info@duiven.nl of @@wijchen").isEmpty());
  }

  @Test
  void eachNameCountsOnceAndAtMostTwentyAreRead() {
    assertEquals(List.of("han"), List.copyOf(Mentions.in("@han @HAN @han")));
    String many = String.join(" ", IntStream.range(0, 30).mapToObj(i -> "@persoon" + i).toList());
    assertEquals(Mentions.MAX, Mentions.in(many).size());
  }

  @Test
  void noTextNoNames() {
    assertTrue(Mentions.in(null).isEmpty());
    assertTrue(Mentions.in("Een @ alleen, of een e-mail: a@b").isEmpty());
  }
}
