package nl.leerkring.portal.programmes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import nl.leerkring.portal.PortalException;
import nl.leerkring.tenants.Refusal;
import nl.leerkring.tenants.TenantsException.Kind;
import org.junit.jupiter.api.Test;

/** Which parts of a programme can be removed, and which stay while something hangs under them. */
class PartKindTest {

  @Test
  void aPartIsNamedAsItsPathNamesIt() {
    assertEquals(PartKind.MILESTONES, PartKind.of("milestones"));
    assertEquals("links", PartKind.LINKS.path());
    for (String unknown : List.of("notes", "Themes", "programme", "")) {
      PortalException e = assertThrows(PortalException.class, () -> PartKind.of(unknown));
      assertEquals(Kind.NOT_FOUND, e.kind());
      assertEquals(List.of(Refusal.of(ProgrammeCode.NO_SUCH_PART_KIND, unknown)), e.refusals());
    }
  }

  @Test
  void theTreeHangsThemesGoalsActionsAndMilestonesUnderEachOther() {
    assertEquals(List.of(PartKind.GOALS), PartKind.THEMES.children());
    assertEquals(List.of(PartKind.ACTIONS), PartKind.GOALS.children());
    assertEquals(List.of(PartKind.MILESTONES), PartKind.ACTIONS.children());
    assertEquals(List.of(), PartKind.MILESTONES.children());
    assertEquals(List.of(), PartKind.PARTNERS.children());
  }

  @Test
  void aThemeWithAGoalStaysAndOneWithoutGoes() {
    Goal goal = new Goal("p-1");
    goal.themeId = "theme-1";
    PortalException e =
        assertThrows(
            PortalException.class,
            () -> PartKind.GOALS.refuseRemovingParentOf(List.of(goal), "theme-1"));
    assertEquals(Kind.CONFLICT, e.kind());
    assertEquals(List.of(Refusal.of(ProgrammeCode.THEME_HAS_GOALS, "theme-1")), e.refusals());
    PartKind.GOALS.refuseRemovingParentOf(List.of(goal), "theme-2");
  }

  @Test
  void anActionWithAMilestoneStaysButAProgrammeWideMilestoneHoldsNothing() {
    Milestone ofAction = new Milestone("p-1");
    ofAction.actionId = "action-1";
    Milestone programmeWide = new Milestone("p-1");
    assertEquals(
        List.of(Refusal.of(ProgrammeCode.ACTION_HAS_MILESTONES, "action-1")),
        assertThrows(
                PortalException.class,
                () ->
                    PartKind.MILESTONES.refuseRemovingParentOf(
                        List.of(programmeWide, ofAction), "action-1"))
            .refusals());
    PartKind.MILESTONES.refuseRemovingParentOf(List.of(programmeWide), "action-1");
  }
}
