package nl.leerkring.portal.koffer;

import java.math.BigDecimal;
import java.util.List;

/**
 * A method card as published: everything a reader of the koffer sees, frozen at submission. Stored
 * as the publication's details.
 */
public record MethodContent(
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
    String evidenceLabel,
    String evidenceSource,
    List<String> themes,
    List<String> wijktypes,
    List<String> vraagstukken,
    List<String> materials,
    String contact) {

  public MethodContent {
    steps = steps == null ? List.of() : List.copyOf(steps);
    workingElements = workingElements == null ? List.of() : List.copyOf(workingElements);
    themes = themes == null ? List.of() : List.copyOf(themes);
    wijktypes = wijktypes == null ? List.of() : List.copyOf(wijktypes);
    vraagstukken = vraagstukken == null ? List.of() : List.copyOf(vraagstukken);
    materials = materials == null ? List.of() : List.copyOf(materials);
  }

  static MethodContent of(MethodCard c) {
    return new MethodContent(
        c.name(),
        c.summary(),
        c.objective(),
        c.targetGroup(),
        c.steps(),
        c.workingElements(),
        c.hoursPerWeek(),
        c.people(),
        c.budget(),
        c.preconditionsNote(),
        c.transferability(),
        c.evidence().slug(),
        c.evidence().label(),
        c.evidenceSource(),
        c.themes(),
        c.wijktypes(),
        c.vraagstukken(),
        c.materials(),
        c.contact());
  }

  /** The same content with other materials: none in a snapshot, publication ids for readers. */
  MethodContent withMaterials(List<String> ids) {
    return new MethodContent(
        name,
        summary,
        objective,
        targetGroup,
        steps,
        workingElements,
        hoursPerWeek,
        people,
        budget,
        preconditionsNote,
        transferability,
        evidence,
        evidenceLabel,
        evidenceSource,
        themes,
        wijktypes,
        vraagstukken,
        ids,
        contact);
  }

  /** All the card's words, for the search index. */
  public String text() {
    StringBuilder b = new StringBuilder();
    for (String part :
        new String[] {objective, targetGroup, preconditionsNote, transferability, evidenceSource}) {
      if (part != null) {
        b.append(part).append("\n\n");
      }
    }
    steps.forEach(s -> b.append(s).append('\n'));
    workingElements.forEach(w -> b.append(w).append('\n'));
    b.append(String.join(", ", vraagstukken)).append('\n').append(String.join(", ", wijktypes));
    return b.toString();
  }
}
