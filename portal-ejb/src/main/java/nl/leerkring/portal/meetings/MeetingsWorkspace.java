package nl.leerkring.portal.meetings;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.leerkring.tenants.tenancy.WorkspaceContributor;
import nl.leerkring.tenants.tenancy.WorkspaceTable;

/**
 * What the gemeente's people wrote in the circles' meetings: their registrations, attendance and
 * comments on minutes, and the actions the gemeente owns; and the meetings it hosted, with their
 * agenda and minutes. Circle rows, not workspace entities: an export keeps them as a record.
 *
 * <p>Why these: a registration, a comment or an attendance is a person's own act, so it goes with
 * that person's gemeente. A meeting belongs to its circle, but the gemeente that hosted it
 * organised it and keeps it in its archive (Archiefwet); everything in it was shown to the whole
 * circle, so it holds nothing private of another gemeente. Other gemeenten's registrations,
 * attendance and comments on that meeting stay out: they are theirs.
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
            "Een actie uit een bijeenkomst waarvan de gemeente eigenaar is."),
        WorkspaceTable.recordPartOf(
            "meeting-attendance",
            "meeting_attendance",
            "account_id",
            "account",
            "tenant_id",
            "Dat een lid van de gemeente bij een bijeenkomst aanwezig was."),
        WorkspaceTable.recordPartOf(
            "minutes-comments",
            "meeting_minutes_comment",
            "account_id",
            "account",
            "tenant_id",
            "Een opmerking van een lid van de gemeente bij het verslag van een bijeenkomst."),
        WorkspaceTable.record(
            "meetings-hosted",
            "meeting",
            "host_tenant",
            "Een bijeenkomst van een kring die de gemeente als gastgemeente hield, met het"
                + " verslag."),
        WorkspaceTable.recordPartOf(
            "meetings-hosted-agenda",
            "meeting_agenda_item",
            "meeting_id",
            "meeting",
            "host_tenant",
            "Een agendapunt van een bijeenkomst die de gemeente hield."),
        WorkspaceTable.recordPartOf(
            "meetings-hosted-minutes",
            "meeting_minutes_version",
            "meeting_id",
            "meeting",
            "host_tenant",
            "Een versie van het verslag van een bijeenkomst die de gemeente hield."));
  }
}
