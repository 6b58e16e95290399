package nl.leerkring.portal.programmes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A programme's timeline: per quarter, the actions planned in it and the milestones due in it. */
final class Timeline {

  private Timeline() {}

  /** The quarters that have an action or a milestone, in order. */
  static List<ProgrammeData.TimelineQuarter> of(
      List<ProgrammeData.Action> actions, List<ProgrammeData.Milestone> milestones) {
    Map<Quarter, List<ProgrammeData.Action>> byQuarter = new TreeMap<>();
    Map<Quarter, List<ProgrammeData.Milestone>> dueIn = new TreeMap<>();
    for (ProgrammeData.Action a : actions) {
      byQuarter
          .computeIfAbsent(Quarter.parse("quarter", a.quarter()), q -> new ArrayList<>())
          .add(a);
    }
    for (ProgrammeData.Milestone m : milestones) {
      dueIn.computeIfAbsent(Quarter.of(m.dueDate()), q -> new ArrayList<>()).add(m);
    }
    LinkedHashSet<Quarter> quarters = new LinkedHashSet<>();
    quarters.addAll(byQuarter.keySet());
    quarters.addAll(dueIn.keySet());
    return quarters.stream()
        .sorted()
        .map(
            q ->
                new ProgrammeData.TimelineQuarter(
                    q.toString(),
                    byQuarter.getOrDefault(q, List.of()),
                    dueIn.getOrDefault(q, List.of())))
        .toList();
  }
}
