package nl.leerkring.portal.koffer;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.leerkring.portal.MemberAccess;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.documents.Document;
import nl.leerkring.portal.koffer.Views.MethodCardView;
import nl.leerkring.portal.publishing.PublicationView;
import nl.leerkring.portal.publishing.Publications;
import nl.leerkring.portal.publishing.Snapshot;
import nl.leerkring.tenants.audit.Audit;
import nl.leerkring.tenants.tenancy.TenantBound;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * Method cards in a gemeente's workspace: drafted, edited (a save over a newer version is refused
 * with {@code CONFLICT}) and submitted to a circle's koffer through F2's publication.
 */
@Stateless
@TenantBound
public class Methods {

  /** The publication kind of a method card. */
  public static final String KIND = "method";

  static final Jsonb JSON = JsonbBuilder.create();

  @PersistenceContext EntityManager em;

  @Inject Publications publications;

  @Inject Vocabularies vocabularies;

  @Inject Audit audit;

  public MethodCardView create(Viewer viewer, MethodDraft draft) {
    requireMember(viewer);
    MethodCard.check(draft);
    checkReferences(viewer, draft);
    MethodCard card = new MethodCard(draft, viewer.username());
    em.persist(card);
    em.flush();
    audit.record(
        viewer, viewer.homeTenant().get(), "method.created", "method:" + card.id(), card.name());
    return view(viewer, card);
  }

  /**
   * Saves a new text of the card. {@code draft.version} must be the version the editor started
   * from; if someone saved in between, nothing is saved and the editor is told who and when.
   */
  public MethodCardView update(Viewer viewer, String id, MethodDraft draft) {
    requireMember(viewer);
    MethodCard card = find(id);
    if (draft == null || draft.version() == null) {
      throw PortalException.invalidField("version", KofferCode.VERSION_REQUIRED);
    }
    if (draft.version() != card.version()) {
      throw PortalException.conflict(
          KofferCode.CHANGED_MEANWHILE,
          card.updatedBy(),
          card.updatedAt(),
          draft.version(),
          card.version());
    }
    MethodCard.check(draft);
    checkReferences(viewer, draft);
    card.describe(draft, viewer.username());
    em.flush();
    audit.record(
        viewer, viewer.homeTenant().get(), "method.updated", "method:" + card.id(), card.name());
    return view(viewer, card);
  }

  public MethodCardView get(Viewer viewer, String id) {
    requireWorkspace(viewer, id);
    return view(viewer, find(id));
  }

  /** The gemeente's own cards, newest first. */
  public List<MethodCardView> list(Viewer viewer) {
    requireMember(viewer);
    return em
        .createQuery("select m from MethodCard m order by m.updatedAt desc", MethodCard.class)
        .setMaxResults(500)
        .getResultList()
        .stream()
        .map(m -> view(viewer, m))
        .toList();
  }

  /**
   * Submits the card as it is now to a circle's koffer; a coordinator approves or returns it. Its
   * materials are workspace ids: the snapshot keeps them apart from the card's text ({@link
   * Snapshot#refers()}), so readers only ever get the publications of those documents they may
   * open, looked up when they read.
   */
  public PublicationView submit(Viewer viewer, String id, String scope, String circle) {
    requireMember(viewer);
    MethodCard card = find(id);
    MethodContent content = MethodContent.of(card).withMaterials(List.of());
    Snapshot snapshot =
        new Snapshot(
            KIND,
            card.id(),
            card.name(),
            "methode",
            "Methode",
            LocalDate.now(),
            null,
            null,
            card.themes(),
            List.of(),
            List.of(),
            card.summary(),
            (int) card.version(),
            List.of(),
            null,
            JSON.toJson(content),
            card.materials());
    return publications.submit(viewer, snapshot, scope, circle);
  }

  private void checkReferences(Viewer viewer, MethodDraft draft) {
    vocabularies.requireKnown(viewer, Vocabularies.WIJKTYPE, draft.wijktypes());
    vocabularies.requireKnown(viewer, Vocabularies.VRAAGSTUK, draft.vraagstukken());
    for (String documentId : draft.materials()) {
      Document document = em.find(Document.class, documentId);
      if (document == null || document.inTrash()) {
        throw PortalException.invalidField(
            "materials", KofferCode.NOT_OWN_DOCUMENT, Objects.toString(documentId, ""));
      }
    }
  }

  private MethodCardView view(Viewer viewer, MethodCard card) {
    return new MethodCardView(
        card.id(),
        card.version(),
        MethodContent.of(card),
        card.createdAt(),
        card.createdBy(),
        card.updatedAt(),
        card.updatedBy(),
        publications.ofSubject(viewer, card.id()));
  }

  private MethodCard find(String id) {
    MethodCard card = id == null ? null : em.find(MethodCard.class, id);
    if (card == null) {
      throw PortalException.notFound(KofferCode.CARD_NOT_FOUND, Objects.toString(id, ""));
    }
    return card;
  }

  static void requireMember(Viewer viewer) {
    MemberAccess.require(viewer, KofferCode.SIGN_IN, KofferCode.MEMBERS_ONLY);
  }

  static void requireWorkspace(Viewer viewer, String id) {
    MemberAccess.requireFor(
        viewer,
        KofferCode.SIGN_IN,
        () -> PortalException.notFound(KofferCode.NOT_FOUND, Objects.toString(id, "")));
  }
}
