package nl.leerkring.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.leerkring.tenants.Refusal;
import nl.leerkring.tenants.TenantsException.Kind;
import nl.leerkring.tenants.tenancy.Role;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.Viewer;
import org.junit.jupiter.api.Test;

/** Who reaches a workspace, and the rule of free-text fields in forms that refuse all at once. */
class MemberAccessAndTextRuleTest {

  private static final Viewer MEMBER =
      new Viewer("a1", "lid", "Lid", new TenantId("t1"), Set.of(Role.MEMBER), List.of());
  private static final Viewer FACILITATOR =
      new Viewer("a2", "begeleider", "Begeleider", null, Set.of(Role.FACILITATOR), List.of());

  private static final TextRule RULE =
      new TextRule(CommonCode.REQUIRED, CommonCode.TOO_LONG, CommonCode.EMPTY_ITEM);

  @Test
  void aMemberOfAGemeenteReachesTheWorkspace() {
    MemberAccess.require(MEMBER, CommonCode.SIGN_IN_FIRST, CommonCode.REQUIRED);
    MemberAccess.requireFor(
        MEMBER, CommonCode.SIGN_IN_FIRST, () -> PortalException.notFound(CommonCode.REQUIRED, "x"));
  }

  @Test
  void anAnonymousCallerIsAskedToSignIn() {
    PortalException e =
        assertThrows(
            PortalException.class,
            () ->
                MemberAccess.require(
                    Viewer.anonymous(), CommonCode.SIGN_IN_FIRST, CommonCode.REQUIRED));
    assertEquals(Kind.UNAUTHENTICATED, e.kind());
    assertEquals(CommonCode.SIGN_IN_FIRST, e.refusals().get(0).code());
  }

  @Test
  void withoutAGemeenteTheWorkspaceIsForbiddenAndItsItemsAreNotFound() {
    PortalException whole =
        assertThrows(
            PortalException.class,
            () -> MemberAccess.require(FACILITATOR, CommonCode.SIGN_IN_FIRST, CommonCode.REQUIRED));
    assertEquals(Kind.FORBIDDEN, whole.kind());
    PortalException one =
        assertThrows(
            PortalException.class,
            () ->
                MemberAccess.requireFor(
                    FACILITATOR,
                    CommonCode.SIGN_IN_FIRST,
                    () -> PortalException.notFound(CommonCode.REQUIRED, "x")));
    assertEquals(Kind.NOT_FOUND, one.kind());
  }

  @Test
  void aTextIsStrippedAndBlankIsNone() {
    List<Refusal> wrong = new ArrayList<>();
    assertEquals("Blijfwijk", RULE.optional(wrong, "title", "  Blijfwijk \n", 20));
    assertNull(RULE.optional(wrong, "title", "   ", 20));
    assertEquals(List.of(), wrong);
  }

  @Test
  void everyWrongTextIsKeptOnItsOwnField() {
    List<Refusal> wrong = new ArrayList<>();
    assertNull(RULE.required(wrong, "title", " ", 20));
    assertNull(RULE.required(wrong, "summary", "x".repeat(21), 20));
    assertNull(RULE.optional(wrong, "number", "a\u0007b", 20));
    assertEquals(
        "regel 1\nregel 2\tmet tab", RULE.optional(wrong, "note", "regel 1\nregel 2\tmet tab", 40));
    assertEquals(
        List.of(
            Refusal.onField("title", CommonCode.REQUIRED),
            Refusal.onField("summary", CommonCode.TOO_LONG, 20),
            Refusal.onField("number", CommonCode.EMPTY_ITEM)),
        wrong);
  }

  @Test
  void withoutAControlCharacterCodeControlCharactersPass() {
    List<Refusal> wrong = new ArrayList<>();
    TextRule lenient = new TextRule(CommonCode.REQUIRED, CommonCode.TOO_LONG);
    assertEquals("a\u0007b", lenient.optional(wrong, "number", "a\u0007b", 20));
    assertEquals(List.of(), wrong);
  }
}
