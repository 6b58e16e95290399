package nl.leerkring.portal.conversations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import java.util.Set;
import nl.leerkring.portal.signals.SignalKind;
import nl.leerkring.portal.signals.WatchLevel;
import org.junit.jupiter.api.Test;

/**
 * Who hears of a new post: watch levels per thread over those per circle; mentions over replies.
 */
class HearersTest {

  @Test
  void whoWatchesTheThreadHearsAReplyButNotTheAuthor() {
    Map<String, SignalKind> hear =
        Hearers.of(
            "anna",
            Set.of(),
            Map.of("anna", WatchLevel.WATCHING, "bram", WatchLevel.WATCHING),
            Map.of());
    assertEquals(Map.of("bram", SignalKind.REPLY), hear);
  }

  @Test
  void aNewThreadIsHeardAsAReplyByNoOneOnlyItsMentionsAreTold() {
    Map<String, SignalKind> hear =
        Hearers.ofOpening(
            "anna",
            Set.of("cees", "dirk"),
            Map.of(
                "bram",
                WatchLevel.WATCHING,
                "cees",
                WatchLevel.WATCHING,
                "dirk",
                WatchLevel.MUTED));
    // Bram watches the circle: the new thread's own signal tells him, not a REPLY; Dirk muted it.
    assertEquals(Map.of("cees", SignalKind.MENTION), hear);
  }

  @Test
  void aMentionIsHeardOnceAsAMentionEvenByWhoWatches() {
    Map<String, SignalKind> hear =
        Hearers.of(
            "anna", Set.of("bram", "cees", "anna"), Map.of("bram", WatchLevel.WATCHING), Map.of());
    assertEquals(Map.of("bram", SignalKind.MENTION, "cees", SignalKind.MENTION), hear);
  }

  @Test
  void aMutedThreadIsSilentEvenForAMention() {
    Map<String, SignalKind> hear =
        Hearers.of("anna", Set.of("bram"), Map.of("bram", WatchLevel.MUTED), Map.of());
    assertEquals(Map.of(), hear);
  }

  @Test
  void theCirclesLevelCountsWhereTheThreadHasNone() {
    Map<String, SignalKind> hear =
        Hearers.of(
            "anna",
            Set.of("dirk"),
            Map.of(),
            Map.of(
                "cees", WatchLevel.WATCHING, "dirk", WatchLevel.MUTED, "eva", WatchLevel.NORMAL));
    assertEquals(Map.of("cees", SignalKind.REPLY), hear, "watching the circle: every reply");
    assertFalse(hear.containsKey("dirk"), "a muted circle hears no mention either");
  }

  @Test
  void aLevelChosenForTheThreadBeatsTheCircles() {
    Map<String, SignalKind> hear =
        Hearers.of(
            "anna",
            Set.of("dirk"),
            Map.of("cees", WatchLevel.NORMAL, "dirk", WatchLevel.WATCHING),
            Map.of("cees", WatchLevel.WATCHING, "dirk", WatchLevel.MUTED));
    assertEquals(Map.of("dirk", SignalKind.MENTION), hear);
    assertEquals(
        WatchLevel.NORMAL,
        Hearers.level(
            "cees", Map.of("cees", WatchLevel.NORMAL), Map.of("cees", WatchLevel.WATCHING)));
    assertEquals(WatchLevel.NORMAL, Hearers.level("fleur", Map.of(), Map.of()), "the default");
  }

  @Test
  void aNormalReaderHearsOnlyWhenMentioned() {
    assertEquals(
        Map.of(), Hearers.of("anna", Set.of(), Map.of("bram", WatchLevel.NORMAL), Map.of()));
    assertEquals(
        Map.of("bram", SignalKind.MENTION),
        Hearers.of("anna", Set.of("bram"), Map.of("bram", WatchLevel.NORMAL), Map.of()));
  }
}
