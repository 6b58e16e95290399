package nl.leerkring.portal.cofinancing;

import java.util.List;
import java.util.Objects;

/** One cost line of a budget version, with its amounts per period. */
public record BudgetLine(
    String id, CostCategory category, String description, List<LineAmount> amounts) {

  public BudgetLine {
    Objects.requireNonNull(id, "A budget line needs an id.");
    Objects.requireNonNull(category, "Budget line " + id + " needs a category.");
    amounts = amounts == null ? List.of() : List.copyOf(amounts);
    description = description == null || description.isBlank() ? id : description;
  }

  public Money plannedTotal() {
    return Money.sum(amounts.stream().map(LineAmount::planned).toList());
  }

  public Money outcomeTotal() {
    return Money.sum(amounts.stream().map(LineAmount::outcome).toList());
  }
}
