package nl.leerkring.portal.koffer;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a member writes on a method card. On an update, {@code version} is the version the editor
 * started from: a save over a newer version is refused, so two editors never silently overwrite
 * each other's steps.
 *
 * @param evidence {@code praktijk}, {@code goed-beschreven}, {@code goed-onderbouwd} or {@code
 *     effectief}; all but the first need {@code evidenceSource}
 * @param wijktypes codes from the vocabulary of wijk types
 * @param vraagstukken codes from the vocabulary of vraagstukken
 * @param materials ids of the gemeente's own case documents that belong to the method
 * @param hoursPerWeek people-hours a week the method needs; null when not stated
 * @param budget money it needs (euro), as a decimal string in JSON; null when not stated
 */
public record MethodDraft(
    String name,
    String summary,
    String objective,
    String targetGroup,
    List<String> steps,
    List<String> workingElements,
    BigDecimal hoursPerWeek,
    Integer people,
    BigDecimal budget,
    String preconditionsNote,
    String transferability,
    String evidence,
    String evidenceSource,
    List<String> themes,
    List<String> wijktypes,
    List<String> vraagstukken,
    List<String> materials,
    String contact,
    Long version) {

  public MethodDraft {
    steps = steps == null ? List.of() : List.copyOf(steps);
    workingElements = workingElements == null ? List.of() : List.copyOf(workingElements);
    themes = themes == null ? List.of() : List.copyOf(themes);
    wijktypes = wijktypes == null ? List.of() : List.copyOf(wijktypes);
    vraagstukken = vraagstukken == null ? List.of() : List.copyOf(vraagstukken);
    materials = materials == null ? List.of() : List.copyOf(materials);
  }
}
