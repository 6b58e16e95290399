package nl.leerkring.portal.meetings;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.leerkring.tenants.tenancy.WorkspaceContributor;
import nl.leerkring.tenants.tenancy.WorkspaceTable;

/**
 * What the gemeente's people wrote in the circles' meetings: their registrations and the actions
 * the gemeente owns. Circle rows, not workspace entities: an export keeps them as a record.
 */
@ApplicationScoped
public class MeetingsWorkspace implements WorkspaceContributor {

  @Override
  public List<WorkspaceTable> exported() {
    return List.of(
        WorkspaceTable.record(
            "meeting-registrations",
            "meeting_registration",
            "tenant_id",
            "Een aanmelding van een lid voor een bijeenkomst van een kring."),
        WorkspaceTable.record(
            "meeting-actions",
            "meeting_action",
            "owner_tenant",
            "Een actie uit een bijeenkomst waarvan de gemeente eigenaar is."));
  }
}
