package nl.leerkring.portal.koffer;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.documents.Document;
import nl.leerkring.portal.koffer.Views.UseContent;
import nl.leerkring.portal.koffer.Views.UseView;
import nl.leerkring.portal.publishing.PublicationView;
import nl.leerkring.portal.publishing.Publications;
import nl.leerkring.portal.publishing.Snapshot;
import nl.leerkring.tenants.audit.Audit;
import nl.leerkring.tenants.tenancy.TenantBound;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * Uses of published methods in a gemeente's workspace: recorded privately, shared with a circle
 * through F2's publication like any other item.
 */
@Stateless
@TenantBound
public class Uses {

  /** The publication kind of a use; it is about a method. */
  public static final String KIND = "use";

  /** Statuses of a publication that is still shared: a deleted use is withdrawn there. */
  static final Set<String> LIVE = Set.of("SUBMITTED", "PUBLISHED", "HIDDEN");

  @PersistenceContext EntityManager em;

  @Inject Publications publications;

  @Inject Vocabularies vocabularies;

  @Inject Audit audit;

  /**
   * Records a use of a method the viewer can read in a koffer. A method that is not published, or
   * published where the viewer cannot read it, is "not found" like one that does not exist.
   */
  public UseView record(Viewer viewer, String methodId, UseDraft draft) {
    Methods.requireMember(viewer);
    PublicationView method = Koffer.currentVersion(publications, viewer, methodId);
    MethodUse use = new MethodUse(methodId, method.title(), draft, viewer.username());
    if (use.wijktype() != null) {
      vocabularies.requireKnown(viewer, Vocabularies.WIJKTYPE, List.of(use.wijktype()));
    }
    requireOwnDocuments(use);
    em.persist(use);
    em.flush();
    audit.record(
        viewer,
        viewer.homeTenant().get(),
        "use.recorded",
        "use:" + use.id(),
        method.title() + " in " + use.wijk());
    return view(viewer, use);
  }

  /**
   * Gives a use a new account. {@code version} must be the version the editor read; if someone
   * saved in between, nothing is saved ({@code CONFLICT}). A publication of the use keeps the
   * account it was submitted with: the gemeente submits it again to share the new one, as with a
   * document.
   */
  public UseView update(Viewer viewer, String id, UseDraft draft, Long version) {
    Methods.requireWorkspace(viewer, id);
    MethodUse use = find(id);
    use.edit(draft, version);
    if (use.wijktype() != null) {
      vocabularies.requireKnown(viewer, Vocabularies.WIJKTYPE, List.of(use.wijktype()));
    }
    requireOwnDocuments(use);
    em.flush();
    audit.record(
        viewer,
        viewer.homeTenant().get(),
        "use.updated",
        "use:" + use.id(),
        use.methodName() + " in " + use.wijk());
    return view(viewer, use);
  }

  /**
   * Deletes a use for good. Where it is shared (submitted, published or hidden in a circle) it is
   * withdrawn there first, in the same transaction: a use its gemeente removed must not stay in a
   * koffer, and a use (unlike a document) holds no files worth a prullenbak.
   */
  public void delete(Viewer viewer, String id) {
    Methods.requireWorkspace(viewer, id);
    MethodUse use = find(id);
    for (PublicationView p : publications.ofSubject(viewer, use.id())) {
      if (LIVE.contains(p.status())) {
        publications.withdraw(viewer, p.id());
      }
    }
    em.remove(use);
    em.flush();
    audit.record(
        viewer,
        viewer.homeTenant().get(),
        "use.deleted",
        "use:" + use.id(),
        use.methodName() + " in " + use.wijk());
  }

  /** The gemeente's own uses, newest first; of one method when {@code methodId} is given. */
  public List<UseView> list(Viewer viewer, String methodId) {
    Methods.requireMember(viewer);
    return own(methodId).stream().map(u -> view(viewer, u)).toList();
  }

  public UseView get(Viewer viewer, String id) {
    Methods.requireWorkspace(viewer, id);
    return view(viewer, find(id));
  }

  /**
   * Shares the use with a circle; a coordinator approves or returns it. Only where its method is
   * published (in that circle, or for everyone; a public use needs a public method): the use
   * carries the method's name, which must not reach readers the method was not shared with. The
   * use's documents are workspace ids and travel apart from its story ({@link Snapshot#refers()}).
   */
  public PublicationView submit(Viewer viewer, String id, String scope, String circle) {
    Methods.requireMember(viewer);
    MethodUse use = find(id);
    UseContent content = UseContent.of(use).withDocuments(List.of());
    Snapshot snapshot =
        new Snapshot(
            KIND,
            use.id(),
            use.methodName() + " in " + use.wijk(),
            "gebruik",
            "Gebruik van een methode",
            use.from(),
            null,
            null,
            List.of(),
            List.of(),
            List.of(use.wijk()),
            use.whatHappened().length() > 3_900
                ? use.whatHappened().substring(0, 3_900) + "…"
                : use.whatHappened(),
            1,
            List.of(),
            use.methodId(),
            Methods.JSON.toJson(content),
            use.documents());
    return publications.submit(viewer, snapshot, scope, circle);
  }

  /** The gemeente's own uses; the caller's transaction is bound to its tenant. */
  List<MethodUse> own(String methodId) {
    return (methodId == null
            ? em.createQuery("select u from MethodUse u order by u.createdAt desc", MethodUse.class)
            : em.createQuery(
                    "select u from MethodUse u where u.methodId = :method order by u.createdAt desc",
                    MethodUse.class)
                .setParameter("method", methodId))
        .setMaxResults(500)
        .getResultList();
  }

  private UseView view(Viewer viewer, MethodUse u) {
    return new UseView(
        u.id(),
        u.version(),
        UseContent.of(u),
        u.createdAt(),
        u.createdBy(),
        publications.ofSubject(viewer, u.id()));
  }

  private MethodUse find(String id) {
    MethodUse use = id == null ? null : em.find(MethodUse.class, id);
    if (use == null) {
      throw PortalException.notFound(KofferCode.USE_NOT_FOUND, Objects.toString(id, ""));
    }
    return use;
  }

  /** The use's documents must be the gemeente's own and not in its prullenbak. */
  private void requireOwnDocuments(MethodUse use) {
    for (String documentId : use.documents()) {
      Document document = em.find(Document.class, documentId);
      if (document == null || document.inTrash()) {
        throw PortalException.invalidField(
            "documents", KofferCode.NOT_OWN_DOCUMENT, Objects.toString(documentId, ""));
      }
    }
  }
}
