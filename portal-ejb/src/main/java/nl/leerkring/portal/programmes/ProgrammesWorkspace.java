package nl.leerkring.portal.programmes;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.leerkring.tenants.tenancy.TenantOwned;
import nl.leerkring.tenants.tenancy.WorkspaceContributor;
import nl.leerkring.tenants.tenancy.WorkspaceTable;

/** What programmes keep in a tenant's workspace: a programme, its parts and their shares. */
@ApplicationScoped
public class ProgrammesWorkspace implements WorkspaceContributor {

  @Override
  public List<Class<? extends TenantOwned>> owned() {
    return List.of(
        Programme.class,
        Partner.class,
        Theme.class,
        Goal.class,
        ProgrammeAction.class,
        Milestone.class,
        ProgressNote.class,
        ProgrammeLink.class,
        ActionShare.class);
  }

  @Override
  public List<WorkspaceTable> exported() {
    return List.of(
        WorkspaceTable.owned("programmes", "programme", "Een programma."),
        WorkspaceTable.owned("programme-partners", "programme_partner", "Een partner."),
        WorkspaceTable.owned("programme-themes", "programme_theme", "Een thema."),
        WorkspaceTable.owned("programme-goals", "programme_goal", "Een doel binnen een thema."),
        WorkspaceTable.owned("programme-actions", "programme_action", "Een actie bij een doel."),
        WorkspaceTable.owned("programme-milestones", "programme_milestone", "Een mijlpaal."),
        WorkspaceTable.owned("programme-notes", "programme_note", "Een voortgangsnotitie."),
        WorkspaceTable.owned("programme-links", "programme_link", "Een koppeling."),
        // the gemeente's choice about a circle of this portal: kept as its record on import
        WorkspaceTable.record(
            "programme-action-shares",
            "programme_action_share",
            "tenant_id",
            "Een actie die de gemeente met een leerkring deelde."));
  }
}
