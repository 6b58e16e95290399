package nl.leerkring.portal.learning;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.leerkring.tenants.tenancy.WorkspaceContributor;
import nl.leerkring.tenants.tenancy.WorkspaceTable;

/**
 * What the gemeente contributed to the circles' learning: the questions it owns and the harvest its
 * people recorded. Circle rows: an export keeps them as a record.
 */
@ApplicationScoped
public class LearningWorkspace implements WorkspaceContributor {

  @Override
  public List<WorkspaceTable> exported() {
    return List.of(
        WorkspaceTable.record(
            "learning-questions",
            "learning_question",
            "owner_tenant",
            "Een leervraag van een kring waarvan de gemeente eigenaar is."),
        WorkspaceTable.record(
            "harvest",
            "harvest_item",
            "author_tenant",
            "Een oogst (inzicht, voorbeeld) die iemand van de gemeente bij een leervraag vastlegde."));
  }
}
