package nl.leerkring.portal.programmes;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import nl.leerkring.portal.CommonCode;
import nl.leerkring.portal.EditedVersion;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.Refusals;
import nl.leerkring.portal.TextField;
import nl.leerkring.portal.cofinancing.Money;
import nl.leerkring.portal.cofinancing.Percentage;
import nl.leerkring.portal.documents.Document;
import nl.leerkring.portal.koffer.MethodCard;
import nl.leerkring.portal.koffer.TextListConverter;
import nl.leerkring.portal.programmes.ProgrammeData.Full;
import nl.leerkring.portal.programmes.ProgrammeData.Head;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.tenants.audit.Audit;
import nl.leerkring.tenants.tenancy.TenantBound;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * A gemeente's programmes and their tree (themes → goals → actions), partners, milestones, progress
 * notes and links, all in its private workspace. Every read and write is bound to the viewer's
 * tenant, so another gemeente's programme is simply not found.
 */
@Stateless
@TenantBound
public class Programmes {

  static final int MAX_WIJKEN = 30;

  @PersistenceContext EntityManager em;

  @Inject Audit audit;

  @Inject Event<ProgrammeChanged> changes;

  public List<Head> list(Viewer viewer) {
    requireMember(viewer);
    return em
        .createQuery(
            "select p from Programme p order by p.periodStart desc, p.name", Programme.class)
        .setMaxResults(200)
        .getResultList()
        .stream()
        .map(Programme::head)
        .toList();
  }

  public Full get(Viewer viewer, ProgrammeId id) {
    requireMember(viewer);
    return full(programme(id), LocalDate.now());
  }

  public Full create(Viewer viewer, Head draft) {
    requireMember(viewer);
    Programme programme = new Programme(viewer.username());
    describe(programme, required(draft));
    em.persist(programme);
    em.flush();
    audit.record(
        viewer,
        viewer.homeTenant().get(),
        "programme.created",
        "programme:" + programme.id(),
        programme.name);
    return full(programme, LocalDate.now());
  }

  public Full update(Viewer viewer, ProgrammeId id, Head draft) {
    requireMember(viewer);
    Programme programme = programme(id);
    required(draft);
    EditedVersion.require(
        draft.version(), programme.version(), programme.updatedBy, programme.updatedAt);
    describe(programme, draft);
    programme.touch(viewer.username());
    changes.fire(new ProgrammeChanged(programme.id(), false));
    em.flush();
    audit.record(
        viewer,
        viewer.homeTenant().get(),
        "programme.updated",
        "programme:" + programme.id(),
        programme.name);
    return full(programme, LocalDate.now());
  }

  /**
   * Deletes the programme with everything in it; statements already submitted stay the circle's.
   */
  public void delete(Viewer viewer, ProgrammeId id) {
    requireMember(viewer);
    Programme programme = programme(id);
    for (Class<?> part :
        List.of(
            Milestone.class,
            ProgrammeAction.class,
            Goal.class,
            Theme.class,
            Partner.class,
            ProgressNote.class,
            ProgrammeLink.class)) {
      for (Object row : partsOf(part, id)) {
        em.remove(row);
      }
      em.flush(); // rows refer to each other by key, not by mapped relations: delete in order
    }
    changes.fire(new ProgrammeChanged(programme.id(), true));
    em.remove(programme);
    em.flush();
    audit.record(
        viewer,
        viewer.homeTenant().get(),
        "programme.deleted",
        "programme:" + programme.id(),
        programme.name);
  }

  // -- partners

  public Full savePartner(
      Viewer viewer, ProgrammeId programmeId, String id, ProgrammeData.Partner in) {
    requireMember(viewer);
    Programme programme = programme(programmeId);
    ProgrammeData.Partner draft = required(in);
    Partner partner =
        id == null ? new Partner(programmeId.value()) : part(Partner.class, programmeId, id);
    Refusals wrong = new Refusals();
    partner.organisation =
        wrong.field("organisation", () -> text("organisation", draft.organisation(), 200, true));
    partner.role = wrong.field("role", () -> text("role", draft.role(), 500, false));
    partner.coreGroup = Boolean.TRUE.equals(draft.coreGroup());
    partner.yearlyContribution =
        blank(draft.yearlyContribution())
            ? null
            : wrong.field("yearlyContribution", () -> money(draft.yearlyContribution()));
    partner.status =
        wrong.field(
            "status",
            () -> Enums.parse(PartnerStatus.class, "status", draft.status(), PartnerStatus.JOINED));
    wrong.throwIfAny();
    return saved(viewer, programme, partner, id == null, "partner", partner.organisation);
  }

  // -- themes → goals → actions

  public Full saveTheme(Viewer viewer, ProgrammeId programmeId, String id, ProgrammeData.Theme in) {
    requireMember(viewer);
    Programme programme = programme(programmeId);
    ProgrammeData.Theme draft = required(in);
    Theme theme = id == null ? new Theme(programmeId.value()) : part(Theme.class, programmeId, id);
    Refusals wrong = new Refusals();
    theme.name = wrong.field("name", () -> text("name", draft.name(), 200, true));
    Integer position =
        wrong.field(
            "position", () -> position(draft.position(), partsOf(Theme.class, programmeId).size()));
    wrong.throwIfAny();
    theme.sortOrder = position;
    return saved(viewer, programme, theme, id == null, "theme", theme.name);
  }

  public Full saveGoal(Viewer viewer, ProgrammeId programmeId, String id, ProgrammeData.Goal in) {
    requireMember(viewer);
    Programme programme = programme(programmeId);
    ProgrammeData.Goal draft = required(in);
    Goal goal = id == null ? new Goal(programmeId.value()) : part(Goal.class, programmeId, id);
    Refusals wrong = new Refusals();
    Theme theme =
        wrong.field("theme", () -> reference(Theme.class, programmeId, "theme", draft.theme()));
    goal.title = wrong.field("title", () -> text("title", draft.title(), 500, true));
    Integer position =
        wrong.field(
            "position", () -> position(draft.position(), partsOf(Goal.class, programmeId).size()));
    wrong.throwIfAny();
    goal.themeId = theme.id();
    goal.sortOrder = position;
    return saved(viewer, programme, goal, id == null, "goal", goal.title);
  }

  public Full saveAction(
      Viewer viewer, ProgrammeId programmeId, String id, ProgrammeData.Action in) {
    requireMember(viewer);
    Programme programme = programme(programmeId);
    ProgrammeData.Action draft = required(in);
    ProgrammeAction action =
        id == null
            ? new ProgrammeAction(programmeId.value())
            : part(ProgrammeAction.class, programmeId, id);
    Refusals wrong = new Refusals();
    Goal goal = wrong.field("goal", () -> reference(Goal.class, programmeId, "goal", draft.goal()));
    action.title = wrong.field("title", () -> text("title", draft.title(), 500, true));
    action.owner = wrong.field("owner", () -> text("owner", draft.owner(), 200, false));
    action.partners =
        wrong.field(
            "partners", () -> fits("partners", list("partners", draft.partners(), 20, 200)));
    action.status =
        wrong.field(
            "status",
            () -> Enums.parse(ActionStatus.class, "status", draft.status(), ActionStatus.PLANNED));
    action.phase =
        wrong.field(
            "phase", () -> Enums.parse(Phase.class, "phase", draft.phase(), programme.phase));
    Quarter quarter = wrong.field("quarter", () -> Quarter.parse("quarter", draft.quarter()));
    if (quarter != null
        && (quarter.lastDay().isBefore(programme.periodStart)
            || quarter.firstDay().isAfter(programme.periodEnd))) {
      wrong.add(
          "quarter",
          ProgrammeCode.QUARTER_OUTSIDE_PERIOD,
          quarter.year(),
          quarter.quarter(),
          programme.periodStart,
          programme.periodEnd);
    }
    if (blank(draft.method())) {
      action.methodId = null;
    } else if (em.find(MethodCard.class, draft.method().strip()) == null) {
      wrong.add("method", ProgrammeCode.NOT_A_METHOD_OF_GEMEENTE, draft.method().strip());
    } else {
      action.methodId = draft.method().strip();
    }
    Integer position =
        wrong.field(
            "position",
            () -> position(draft.position(), partsOf(ProgrammeAction.class, programmeId).size()));
    wrong.throwIfAny();
    action.goalId = goal.id();
    action.plannedYear = quarter.year();
    action.plannedQuarter = quarter.quarter();
    action.sortOrder = position;
    return saved(viewer, programme, action, id == null, "action", action.title);
  }

  public Full saveMilestone(
      Viewer viewer, ProgrammeId programmeId, String id, ProgrammeData.Milestone in) {
    requireMember(viewer);
    Programme programme = programme(programmeId);
    ProgrammeData.Milestone draft = required(in);
    Milestone milestone =
        id == null ? new Milestone(programmeId.value()) : part(Milestone.class, programmeId, id);
    Refusals wrong = new Refusals();
    ProgrammeAction action =
        blank(draft.action())
            ? null
            : wrong.field(
                "action",
                () -> reference(ProgrammeAction.class, programmeId, "action", draft.action()));
    milestone.title = wrong.field("title", () -> text("title", draft.title(), 500, true));
    if (draft.dueDate() == null) {
      wrong.add("dueDate", CommonCode.REQUIRED);
    }
    milestone.dueDate = wrong.field("dueDate", () -> inRange("dueDate", draft.dueDate()));
    milestone.indicator =
        wrong.field("indicator", () -> text("indicator", draft.indicator(), 500, false));
    milestone.target = wrong.field("target", () -> text("target", draft.target(), 200, false));
    milestone.achieved =
        wrong.field("achieved", () -> text("achieved", draft.achieved(), 200, false));
    milestone.doneOn = wrong.field("doneOn", () -> inRange("doneOn", draft.doneOn()));
    wrong.throwIfAny();
    milestone.actionId = action == null ? null : action.id();
    return saved(viewer, programme, milestone, id == null, "milestone", milestone.title);
  }

  public Full addNote(Viewer viewer, ProgrammeId programmeId, ProgrammeData.Note in) {
    requireMember(viewer);
    Programme programme = programme(programmeId);
    ProgrammeData.Note draft = required(in);
    ProgressNote note =
        new ProgressNote(
            programmeId.value(), text("body", draft.body(), 8000, true), viewer.username());
    return saved(viewer, programme, note, true, "note", "note");
  }

  public Full addLink(Viewer viewer, ProgrammeId programmeId, ProgrammeData.Link in) {
    requireMember(viewer);
    Programme programme = programme(programmeId);
    ProgrammeData.Link draft = required(in);
    Refusals wrong = new Refusals();
    String target = wrong.field("target", () -> text("target", draft.target(), 36, true));
    String typed = wrong.field("kind", () -> text("kind", draft.kind(), 20, true));
    wrong.throwIfAny();
    String kind = typed.toLowerCase(java.util.Locale.ROOT);
    String title;
    if (ProgrammeLink.DOCUMENT.equals(kind)) {
      Document document = em.find(Document.class, target);
      if (document == null) {
        throw PortalException.invalidField(
            "target", ProgrammeCode.NOT_A_DOCUMENT_OF_GEMEENTE, target);
      }
      title = document.title();
    } else if (ProgrammeLink.METHOD.equals(kind)) {
      MethodCard card = em.find(MethodCard.class, target);
      if (card == null) {
        throw PortalException.invalidField(
            "target", ProgrammeCode.NOT_A_METHOD_OF_GEMEENTE, target);
      }
      title = card.name();
    } else {
      throw PortalException.invalidField(
          "kind",
          CommonCode.NOT_ONE_OF,
          kind,
          List.of(ProgrammeLink.DOCUMENT, ProgrammeLink.METHOD));
    }
    boolean known =
        partsOf(ProgrammeLink.class, programmeId).stream()
            .anyMatch(l -> l.kind.equals(kind) && l.targetId.equals(target));
    if (known) {
      return full(programme, LocalDate.now());
    }
    return saved(
        viewer,
        programme,
        new ProgrammeLink(programmeId.value(), kind, target, title),
        true,
        "link",
        title);
  }

  /** Removes a part; a theme with goals, a goal with actions or an action with milestones stays. */
  public Full deletePart(Viewer viewer, ProgrammeId programmeId, String kindPath, String id) {
    requireMember(viewer);
    Programme programme = programme(programmeId);
    PartKind kind = PartKind.of(kindPath);
    ProgrammePart row = part(kind.type(), programmeId, id);
    for (PartKind child : kind.children()) {
      child.refuseRemovingParentOf(partsOf(child.type(), programmeId), id);
    }
    em.remove(row);
    programme.touch(viewer.username());
    em.flush();
    audit.record(
        viewer,
        viewer.homeTenant().get(),
        "programme." + kind.path() + ".deleted",
        "programme:" + programme.id(),
        id);
    return full(programme, LocalDate.now());
  }

  /** The programme row itself, for the ledger in the same workspace; 404 when not the viewer's. */
  public Programme find(Viewer viewer, ProgrammeId id) {
    requireMember(viewer);
    return programme(id);
  }

  private Programme programme(ProgrammeId id) {
    Programme programme = id == null ? null : em.find(Programme.class, id.value());
    if (programme == null) {
      throw PortalException.notFound(ProgrammeCode.NOT_FOUND, String.valueOf(id));
    }
    return programme;
  }

  // -- reading

  Full full(Programme p, LocalDate today) {
    ProgrammeId programmeId = new ProgrammeId(p.id());
    List<Theme> themes = sorted(partsOf(Theme.class, programmeId), t -> t.sortOrder);
    List<Goal> goals = sorted(partsOf(Goal.class, programmeId), g -> g.sortOrder);
    List<ProgrammeAction> actions =
        sorted(partsOf(ProgrammeAction.class, programmeId), a -> a.sortOrder);
    List<ProgrammeData.Milestone> milestones =
        partsOf(Milestone.class, programmeId).stream()
            .sorted(Comparator.comparing((Milestone m) -> m.dueDate))
            .map(m -> m.data(today))
            .toList();
    List<ProgrammeData.Action> actionViews = actions.stream().map(a -> a.data(today)).toList();
    List<ProgrammeData.Theme> tree =
        themes.stream()
            .map(
                t ->
                    new ProgrammeData.Theme(
                        t.id(),
                        t.name,
                        t.sortOrder,
                        goals.stream()
                            .filter(g -> g.themeId.equals(t.id()))
                            .map(
                                g ->
                                    new ProgrammeData.Goal(
                                        g.id(),
                                        t.id(),
                                        g.title,
                                        g.sortOrder,
                                        actionViews.stream()
                                            .filter(a -> a.goal().equals(g.id()))
                                            .toList()))
                            .toList()))
            .toList();
    return new Full(
        p.head(),
        partsOf(Partner.class, programmeId).stream()
            .sorted(
                Comparator.comparing((Partner x) -> !x.coreGroup)
                    .thenComparing(x -> x.organisation))
            .map(
                x ->
                    new ProgrammeData.Partner(
                        x.id(),
                        x.organisation,
                        x.role,
                        x.coreGroup,
                        x.yearlyContribution == null ? null : x.yearlyContribution.plain(),
                        x.status.name().toLowerCase(java.util.Locale.ROOT)))
            .toList(),
        tree,
        milestones,
        partsOf(ProgressNote.class, programmeId).stream()
            .sorted(Comparator.comparing((ProgressNote n) -> n.writtenAt).reversed())
            .map(n -> new ProgrammeData.Note(n.id(), n.body, n.writtenAt, n.writtenBy))
            .toList(),
        partsOf(ProgrammeLink.class, programmeId).stream()
            .map(l -> new ProgrammeData.Link(l.id(), l.kind, l.targetId, l.title))
            .toList(),
        Timeline.of(actionViews, milestones),
        actionViews.stream().filter(a -> Boolean.TRUE.equals(a.late())).toList(),
        milestones.stream().filter(m -> Boolean.TRUE.equals(m.late())).toList());
  }

  // -- helpers

  private void describe(Programme p, Head draft) {
    Refusals wrong = new Refusals();
    p.name = wrong.field("name", () -> text("name", draft.name(), 200, true));
    p.description =
        wrong.field("description", () -> text("description", draft.description(), 4000, false));
    if (draft.periodStart() == null) {
      wrong.add("periodStart", CommonCode.REQUIRED);
    }
    if (draft.periodEnd() == null) {
      wrong.add("periodEnd", CommonCode.REQUIRED);
    } else if (draft.periodStart() != null && draft.periodEnd().isBefore(draft.periodStart())) {
      wrong.add(
          "periodEnd", ProgrammeCode.ENDS_BEFORE_START, draft.periodEnd(), draft.periodStart());
    }
    p.periodStart = wrong.field("periodStart", () -> inRange("periodStart", draft.periodStart()));
    p.periodEnd = wrong.field("periodEnd", () -> inRange("periodEnd", draft.periodEnd()));
    p.phase =
        wrong.field(
            "phase", () -> Enums.parse(Phase.class, "phase", draft.phase(), Phase.ONDERZOEK));
    p.wijken =
        wrong.field(
            "wijken", () -> fits("wijken", list("wijken", draft.wijken(), MAX_WIJKEN, 100)));
    p.statedOwnShare =
        blank(draft.statedOwnShare())
            ? null
            : wrong.field("statedOwnShare", () -> Percentage.parse(draft.statedOwnShare().strip()));
    p.statedContributions =
        blank(draft.statedContributions())
            ? null
            : wrong.field("statedContributions", () -> money(draft.statedContributions()));
    p.statedContributionsWhere =
        wrong.field(
            "statedContributionsWhere",
            () -> text("statedContributionsWhere", draft.statedContributionsWhere(), 500, false));
    p.statedBudget =
        blank(draft.statedBudget())
            ? null
            : wrong.field("statedBudget", () -> money(draft.statedBudget()));
    p.statedBudgetWhere =
        wrong.field(
            "statedBudgetWhere",
            () -> text("statedBudgetWhere", draft.statedBudgetWhere(), 500, false));
    wrong.throwIfAny();
  }

  private Full saved(
      Viewer viewer, Programme programme, Object row, boolean created, String what, String title) {
    if (created) {
      em.persist(row);
    }
    programme.touch(viewer.username());
    em.flush();
    audit.record(
        viewer,
        viewer.homeTenant().get(),
        "programme." + what + (created ? ".added" : ".updated"),
        "programme:" + programme.id(),
        title);
    return full(programme, LocalDate.now());
  }

  <T> List<T> partsOf(Class<T> type, ProgrammeId programmeId) {
    return em.createQuery(
            "select x from " + type.getSimpleName() + " x where x.programmeId = :p", type)
        .setParameter("p", programmeId.value())
        .getResultList();
  }

  private <T> T part(Class<T> type, ProgrammeId programmeId, String id) {
    T row = id == null ? null : em.find(type, id);
    if (row == null || !programmeId.value().equals(((ProgrammePart) row).programmeId())) {
      throw PortalException.notFound(
          ProgrammeCode.PART_NOT_FOUND,
          type.getSimpleName().toLowerCase(java.util.Locale.ROOT),
          String.valueOf(id));
    }
    return row;
  }

  private <T> T reference(Class<T> type, ProgrammeId programmeId, String field, String id) {
    if (blank(id)) {
      throw PortalException.invalidField(field, CommonCode.REQUIRED);
    }
    T row = em.find(type, id.strip());
    if (row == null || !programmeId.value().equals(((ProgrammePart) row).programmeId())) {
      throw PortalException.invalidField(field, ProgrammeCode.NOT_PART_OF_PROGRAMME, id.strip());
    }
    return row;
  }

  private static <T> List<T> sorted(List<T> rows, java.util.function.ToIntFunction<T> order) {
    return rows.stream().sorted(Comparator.comparingInt(order)).toList();
  }

  private static int position(Integer requested, int count) {
    if (requested == null) {
      return count;
    }
    if (requested < 0 || requested > 10_000) {
      throw PortalException.invalidField("position", CommonCode.NUMBER_OUT_OF_RANGE, 0, 10_000);
    }
    return requested;
  }

  static String text(String field, String text, int max, boolean required) {
    return required ? TextField.required(field, text, max) : TextField.optional(field, text, max);
  }

  static List<String> list(String field, List<String> items, int maxItems, int maxLength) {
    if (items == null) {
      return new ArrayList<>();
    }
    List<String> cleaned =
        items.stream()
            .filter(s -> s != null && !s.isBlank())
            .map(s -> text(field, s, maxLength, true))
            .distinct()
            .collect(Collectors.toCollection(ArrayList::new));
    if (cleaned.size() > maxItems) {
      throw PortalException.invalidField(field, CommonCode.TOO_MANY_ITEMS, maxItems);
    }
    return cleaned;
  }

  /** The years this portal keeps: a date far outside them is a typing error, not a plan. */
  static LocalDate inRange(String field, LocalDate date) {
    if (date != null && (date.getYear() < 1900 || date.getYear() > 2200)) {
      throw PortalException.invalidField(field, CommonCode.DATE_OUT_OF_RANGE, date, 1900, 2200);
    }
    return date;
  }

  /** A short list stored as JSON in a 4,000-character column must fit it once escaped. */
  static List<String> fits(String field, List<String> items) {
    int length = new TextListConverter().convertToDatabaseColumn(items).length();
    if (length > 4000) {
      throw PortalException.invalidField(field, CommonCode.TOO_LONG_IN_TOTAL, length, 4000);
    }
    return items;
  }

  static Money money(String text) {
    return Money.parseNonNegative(text.strip());
  }

  static boolean blank(String text) {
    return TextField.blank(text);
  }

  private static <T> T required(T body) {
    if (body == null) {
      throw PortalException.invalid(CommonCode.BODY_REQUIRED);
    }
    return body;
  }

  static void requireMember(Viewer viewer) {
    if (viewer.isAnonymous()) {
      throw new TenantsException(TenantsException.Kind.UNAUTHENTICATED, CommonCode.SIGN_IN_FIRST);
    }
    if (viewer.homeTenant().isEmpty()) {
      throw PortalException.forbidden(ProgrammeCode.MEMBERS_ONLY);
    }
  }
}
