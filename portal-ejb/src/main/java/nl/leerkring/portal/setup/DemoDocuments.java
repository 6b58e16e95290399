package nl.leerkring.portal.setup;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;
import nl.leerkring.portal.documents.DocumentFilter;
import nl.leerkring.portal.documents.Documents;
import nl.leerkring.portal.documents.Views.DocumentSummary;
import nl.leerkring.portal.publishing.Moderation;
import nl.leerkring.portal.publishing.PublicationView;
import nl.leerkring.tenants.accounts.Accounts;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * The demo's case documents ({@link DemoDocument}), uploaded through the real boundaries so that
 * the change log, the audit log and therefore the search index record them as any upload: each is
 * uploaded by its gemeente's demo member ({@code <slug>.lid}); those marked for publication are
 * submitted to the demo leerkring by that member and approved by the demo coordinator.
 *
 * <p>Runs without a transaction of its own: every boundary call is a transaction of its own, bound
 * to one tenant. It seeds on a start that created demo gemeenten or their accounts (a fresh
 * database). On a later start it only completes a seeding that was interrupted: when the demo
 * tenants hold some demo documents and nothing else. A database whose demo tenants hold documents
 * of their own, or (after the first start) no demo documents at all, is left alone.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoDocuments {

  private static final Logger LOG = Logger.getLogger(DemoDocuments.class.getName());

  static final String COORDINATOR = "coordinator";

  @Inject Accounts accounts;

  @Inject Documents documents;

  @Inject Moderation moderation;

  /** What a run did. */
  public record Outcome(int uploaded, int published) {}

  /**
   * Uploads and publishes what is missing.
   *
   * @param fresh whether this start created demo gemeenten or accounts (a fresh database)
   */
  public Outcome seed(boolean fresh) {
    List<DemoDocument> all = DemoDocument.all();
    Map<String, Viewer> members = new LinkedHashMap<>();
    Map<String, String> existing = new HashMap<>(); // demo key → document id
    boolean foreign = false;
    for (DemoDocument d : all) {
      if (members.containsKey(d.gemeente())) {
        continue;
      }
      Viewer member = accounts.viewerOf(d.member());
      members.put(d.gemeente(), member);
      for (DocumentSummary s : documents.list(member, DocumentFilter.none())) {
        DemoDocument demo =
            all.stream()
                .filter(o -> o.gemeente().equals(d.gemeente()) && same(o, s))
                .findFirst()
                .orElse(null);
        if (demo == null) {
          foreign = true;
        } else {
          existing.put(demo.key(), s.id());
        }
      }
    }
    if (foreign || (!fresh && existing.isEmpty())) {
      return new Outcome(0, 0); // not a demo seeding that was interrupted: not ours to touch
    }
    Viewer coordinator = null;
    int uploaded = 0;
    int published = 0;
    for (DemoDocument d : all) {
      Viewer member = members.get(d.gemeente());
      String id = existing.get(d.key());
      if (id == null) {
        id = upload(member, d);
        uploaded++;
      }
      if (d.publish() == DemoDocument.Publish.NONE) {
        continue;
      }
      PublicationView pending = pending(member, d, id);
      if (pending != null) {
        if (coordinator == null) {
          coordinator = accounts.viewerOf(COORDINATOR);
        }
        moderation.approve(coordinator, pending.id());
        published++;
      }
    }
    if (uploaded + published > 0) {
      LOG.info(
          "Demo documents: "
              + uploaded
              + " uploaded, "
              + published
              + " published in the leerkring.");
    }
    return new Outcome(uploaded, published);
  }

  private String upload(Viewer member, DemoDocument d) {
    try (InputStream content = d.content()) {
      return documents.upload(member, d.metadata(), d.upload(content)).id();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The submission to approve: a new one when the document was never shared, or the demo's own that
   * an interrupted start left waiting. Null when the document went its own way since (it was
   * published, withdrawn, returned or submitted again by a person).
   */
  private PublicationView pending(Viewer member, DemoDocument d, String id) {
    List<PublicationView> shared = documents.get(member, id).publications();
    if (shared.isEmpty()) {
      return documents.submit(member, id, d.publish().scope(), DemoData.CIRCLE, List.of());
    }
    PublicationView only = shared.get(0);
    return shared.size() == 1
            && only.status().equals("SUBMITTED")
            && member.username().equals(only.submittedBy())
        ? only
        : null;
  }

  private static boolean same(DemoDocument d, DocumentSummary s) {
    return d.title().equals(s.title()) && Objects.equals(d.number(), s.number());
  }
}
