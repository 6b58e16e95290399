package nl.leerkring.portal.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.leerkring.portal.meetings.Participation;
import nl.leerkring.portal.publishing.CircleCatalogEntries;
import nl.leerkring.portal.publishing.PublicationView;
import nl.leerkring.tenants.directory.CircleView;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * A circle's published phase syntheses as rows of its catalog: the published version's title and
 * the start of its text, dated when it was published, owned by the circle (no gemeente). Drafts and
 * the versions after the published one stay with the writers; readers open the synthesis's page.
 */
@ApplicationScoped
public class SynthesesInCatalog implements CircleCatalogEntries {

  /** The catalog kind of a synthesis, and its type. */
  public static final String KIND = "synthesis";

  static final String TYPE = "fasesynthese";

  private static final int SUMMARY = 300;

  @PersistenceContext EntityManager em;

  @Override
  public List<PublicationView> published(Viewer viewer, CircleView circle) {
    if (!Participation.of(viewer, circle.id()).reads()) {
      return List.of();
    }
    return em
        .createNamedQuery(Synthesis.OF_CIRCLE, Synthesis.class)
        .setParameter("circle", circle.id())
        .getResultList()
        .stream()
        .filter(s -> s.published().isPresent())
        .map(s -> row(s, s.published().orElseThrow(), circle))
        .toList();
  }

  static PublicationView row(Synthesis s, SynthesisVersion v, CircleView circle) {
    return new PublicationView(
        s.id(),
        KIND,
        s.id(),
        v.title(),
        "CIRCLE",
        circle.slug(),
        "PUBLISHED",
        null,
        null,
        circle.name(),
        v.savedBy(),
        v.savedAt(),
        null,
        s.publishedAt(),
        null,
        null,
        s.publishedAt().atZone(Learning.AMSTERDAM).toLocalDate(),
        TYPE,
        "Fasesynthese",
        List.of(),
        v.text().length() <= SUMMARY ? v.text() : v.text().substring(0, SUMMARY) + "…",
        circle.name());
  }
}
