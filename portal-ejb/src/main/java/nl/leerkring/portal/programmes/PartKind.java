package nl.leerkring.portal.programmes;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.leerkring.portal.PortalException;

/**
 * The parts of a programme that can be removed one by one, by the name the REST path gives them
 * ({@code partners}, {@code themes} …). A part of the tree names the kind it hangs under and what
 * its parent's removal is refused with while it is there: a theme with goals, a goal with actions
 * or an action with milestones stays.
 */
enum PartKind {
  PARTNERS(Partner.class, null, null),
  THEMES(Theme.class, null, null),
  GOALS(Goal.class, THEMES, ProgrammeCode.THEME_HAS_GOALS),
  ACTIONS(ProgrammeAction.class, GOALS, ProgrammeCode.GOAL_HAS_ACTIONS),
  MILESTONES(Milestone.class, ACTIONS, ProgrammeCode.ACTION_HAS_MILESTONES),
  LINKS(ProgrammeLink.class, null, null);

  private final Class<? extends ProgrammePart> type;
  private final PartKind parent;
  private final ProgrammeCode keepsParent;

  PartKind(Class<? extends ProgrammePart> type, PartKind parent, ProgrammeCode keepsParent) {
    this.type = type;
    this.parent = parent;
    this.keepsParent = keepsParent;
  }

  /** The kind a path names; 404 for anything else. */
  static PartKind of(String path) {
    return Arrays.stream(values())
        .filter(k -> k.path().equals(path))
        .findFirst()
        .orElseThrow(() -> PortalException.notFound(ProgrammeCode.NO_SUCH_PART_KIND, path));
  }

  String path() {
    return name().toLowerCase(Locale.ROOT);
  }

  Class<? extends ProgrammePart> type() {
    return type;
  }

  /** The kinds that hang under this one. */
  List<PartKind> children() {
    return Arrays.stream(values()).filter(k -> k.parent == this).toList();
  }

  /** Refuses (409) removing a part of the parent kind while one of these still hangs under it. */
  void refuseRemovingParentOf(List<? extends ProgrammePart> parts, String parentId) {
    if (parts.stream().anyMatch(p -> parentId.equals(p.parentId()))) {
      throw PortalException.conflict(keepsParent, parentId);
    }
  }
}
