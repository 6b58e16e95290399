package nl.leerkring.portal.conversations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import nl.leerkring.portal.PortalException;
import nl.leerkring.tenants.TenantsException;
import org.junit.jupiter.api.Test;

/** A post's edits keep what they replaced; only its author edits; moderation is the shared rule. */
class PostTest {

  private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

  private static Post post() {
    Conversation c = new Conversation("circle", null, null, null, "Vraag", "anna", "Anna", T0);
    return new Post(c, c.added(T0), "anna", "Anna", "duiven", "Eerste tekst", T0);
  }

  @Test
  void anEditKeepsEveryEarlierTextWithWhenItWasWritten() {
    Post p = post();
    PostVersion first = p.edit("anna", "Tweede tekst", T0.plusSeconds(60));
    PostVersion second = p.edit("anna", "Derde tekst", T0.plusSeconds(120));
    assertEquals(1, first.number());
    assertEquals("Eerste tekst", first.body());
    assertEquals(T0, first.writtenAt());
    assertEquals(2, second.number());
    assertEquals("Tweede tekst", second.body());
    assertEquals(T0.plusSeconds(60), second.writtenAt());
    assertEquals("Derde tekst", p.body());
    assertEquals(2, p.edits());
    assertEquals(T0.plusSeconds(120), p.editedAt());
  }

  @Test
  void onlyTheAuthorEdits() {
    Post p = post();
    PortalException e = assertThrows(PortalException.class, () -> p.edit("bram", "x", T0));
    assertEquals(TenantsException.Kind.FORBIDDEN, e.kind());
    assertEquals("Eerste tekst", p.body());
    assertEquals(0, p.edits());
  }

  @Test
  void aHiddenPostIsReadByCoordinatorsAndItsAuthorAndNotEditedUntilRestored() {
    Post p = post();
    p.moderation().report();
    p.moderation().hide("Persoonsgegevens", ConversationCode.REASON_REQUIRED);
    assertFalse(p.readableBy(false, "bram"));
    assertTrue(p.readableBy(true, "bram"), "a coordinator");
    assertTrue(p.readableBy(false, "anna"), "its author, who sees why");
    assertEquals("Persoonsgegevens", p.moderation().hiddenReason());
    PortalException e = assertThrows(PortalException.class, () -> p.edit("anna", "x", T0));
    assertEquals(TenantsException.Kind.CONFLICT, e.kind());
    p.moderation().restore();
    assertTrue(p.readableBy(false, "bram"));
    assertNull(p.moderation().hiddenReason());
    assertEquals(1, p.moderation().reports());
  }

  @Test
  void hidingNeedsAReason() {
    Post p = post();
    PortalException e =
        assertThrows(
            PortalException.class,
            () -> p.moderation().hide(" ", ConversationCode.REASON_REQUIRED));
    assertEquals("reason", e.refusals().get(0).field());
    assertEquals(ConversationCode.REASON_REQUIRED, e.refusals().get(0).code());
    assertTrue(p.moderation().isVisible());
  }

  @Test
  void postsAreNumberedInTheOrderTheyCome() {
    Conversation c = new Conversation("circle", null, null, null, "Vraag", "anna", "Anna", T0);
    assertEquals(1, c.added(T0));
    assertEquals(2, c.added(T0.plusSeconds(5)));
    assertEquals(T0.plusSeconds(5), c.lastPostAt());
  }
}
