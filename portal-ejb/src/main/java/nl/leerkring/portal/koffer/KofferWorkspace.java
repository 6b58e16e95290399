package nl.leerkring.portal.koffer;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.leerkring.tenants.tenancy.TenantOwned;
import nl.leerkring.tenants.tenancy.WorkspaceContributor;
import nl.leerkring.tenants.tenancy.WorkspaceTable;

/** What the koffer keeps in a tenant's workspace: its method cards and their uses. */
@ApplicationScoped
public class KofferWorkspace implements WorkspaceContributor {

  @Override
  public List<Class<? extends TenantOwned>> owned() {
    return List.of(MethodCard.class, MethodUse.class);
  }

  @Override
  public List<WorkspaceTable> exported() {
    return List.of(
        WorkspaceTable.owned("method-cards", "method_card", "Een methodekaart uit de koffer."),
        part("method-themes", "method_theme", "Een thema van een methodekaart."),
        part("method-wijktypes", "method_wijktype", "Een wijktype van een methodekaart."),
        part("method-vraagstukken", "method_vraagstuk", "Een vraagstuk van een methodekaart."),
        part("method-materials", "method_material", "Een document bij een methodekaart."),
        WorkspaceTable.owned("method-uses", "method_use", "Een toepassing van een methode."),
        WorkspaceTable.partOf(
            "use-documents",
            "use_document",
            "use_id",
            "method_use",
            "Een document bij een toepassing."));
  }

  private static WorkspaceTable part(String kind, String table, String about) {
    return WorkspaceTable.partOf(kind, table, "method_id", "method_card", about);
  }
}
