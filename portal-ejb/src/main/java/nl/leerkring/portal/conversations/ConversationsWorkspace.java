package nl.leerkring.portal.conversations;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.leerkring.tenants.tenancy.WorkspaceContributor;
import nl.leerkring.tenants.tenancy.WorkspaceTable;

/**
 * What the gemeente's people wrote in the circles' conversations (the koffer's comments among
 * them): the posts and their earlier texts. Circle rows: an export keeps them as a record.
 */
@ApplicationScoped
public class ConversationsWorkspace implements WorkspaceContributor {

  @Override
  public List<WorkspaceTable> exported() {
    return List.of(
        WorkspaceTable.record(
            "posts",
            "conversation_post",
            "author_tenant",
            "Een bijdrage aan een gesprek in een kring (ook een reactie bij een methode) die iemand"
                + " van de gemeente schreef."),
        WorkspaceTable.recordPartOf(
            "post-versions",
            "conversation_post_version",
            "post_id",
            "conversation_post",
            "author_tenant",
            "Een eerdere tekst van zo'n bijdrage."));
  }
}
