package nl.leerkring.portal.documents;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.leerkring.tenants.tenancy.TenantOwned;
import nl.leerkring.tenants.tenancy.WorkspaceContributor;
import nl.leerkring.tenants.tenancy.WorkspaceTable;

/** What case documents keep in a tenant's workspace: documents and their files. */
@ApplicationScoped
public class DocumentsWorkspace implements WorkspaceContributor {

  @Override
  public List<Class<? extends TenantOwned>> owned() {
    return List.of(Document.class, DocumentFile.class);
  }

  @Override
  public List<WorkspaceTable> exported() {
    return List.of(
        WorkspaceTable.owned(
                "documents", "case_document", "Een casusdocument (ook in de prullenbak).")
            .indexedAs(DocumentRows.ENTITY),
        part("document-themes", "document_theme", "Een thema van een document."),
        part("document-tags", "document_tag", "Een trefwoord van een document."),
        part("document-wijken", "document_wijk", "Een wijk van een document."),
        part(
            "document-events",
            "document_event",
            "Een gebeurtenis in de geschiedenis van een document."),
        WorkspaceTable.owned(
                "document-files",
                "document_file",
                "Een bestand van een document: elke versie en elke bijlage.")
            .withFile("blob_sha256", "bestanden", "file_name", null)
            .withFile("text_sha256", "teksten", null, "tekst.txt"));
  }

  private static WorkspaceTable part(String kind, String table, String about) {
    return WorkspaceTable.partOf(kind, table, "document_id", "case_document", about);
  }
}
