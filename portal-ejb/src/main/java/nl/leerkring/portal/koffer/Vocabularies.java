package nl.leerkring.portal.koffer;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.leerkring.portal.PortalException;
import nl.leerkring.tenants.audit.Audit;
import nl.leerkring.tenants.directory.CircleView;
import nl.leerkring.tenants.directory.Circles;
import nl.leerkring.tenants.tenancy.CircleGrant;
import nl.leerkring.tenants.tenancy.CircleId;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * The vocabularies of wijk types and vraagstukken that cards, uses and "which method fits?" speak
 * in: the portal's starting terms plus the terms each circle's coordinators add.
 */
@Stateless
public class Vocabularies {

  public static final String WIJKTYPE = "WIJKTYPE";
  public static final String VRAAGSTUK = "VRAAGSTUK";

  /** A term as pages and clients show it. */
  public record Term(String kind, String code, String label, String circle) {}

  @PersistenceContext EntityManager em;

  @Inject Circles circles;

  @Inject Audit audit;

  /** The terms a viewer can use: the starting vocabulary and those of the circles they are in. */
  public List<Term> visible(Viewer viewer) {
    Set<String> mine =
        viewer.circles().stream()
            .map(CircleGrant::circle)
            .map(CircleId::value)
            .collect(Collectors.toSet());
    return em
        .createQuery(
            "select t from VocabularyTerm t order by t.kind, t.label", VocabularyTerm.class)
        .getResultList()
        .stream()
        .filter(t -> t.circleId() == null || mine.contains(t.circleId()))
        .map(this::term)
        .toList();
  }

  /** The terms of one circle (with the starting vocabulary), for those who take part in it. */
  public List<Term> ofCircle(Viewer viewer, String circleSlug) {
    CircleView circle = circles.bySlug(circleSlug);
    if (!viewer.takesPartIn(new CircleId(circle.id()))) {
      throw PortalException.notFound(KofferCode.CIRCLE_NOT_FOUND, Objects.toString(circleSlug, ""));
    }
    return visible(viewer).stream()
        .filter(t -> t.circle() == null || t.circle().equals(circle.slug()))
        .toList();
  }

  /** A coordinator adds a term to their circle's vocabulary. */
  public Term add(Viewer viewer, String circleSlug, String kind, String label) {
    CircleView circle = circles.bySlug(circleSlug);
    if (!viewer.coordinates(new CircleId(circle.id()))) {
      throw PortalException.forbidden(
          KofferCode.COORDINATORS_EXTEND, Objects.toString(circleSlug, ""));
    }
    String k = kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT);
    if (!k.equals(WIJKTYPE) && !k.equals(VRAAGSTUK)) {
      throw PortalException.invalidField("kind", KofferCode.TERM_KIND);
    }
    if (label == null || label.isBlank() || label.strip().length() > 200) {
      throw PortalException.invalidField("label", KofferCode.TERM_LABEL);
    }
    String code = codeOf(label);
    if (code.isEmpty()) {
      throw PortalException.invalidField("label", KofferCode.TERM_LABEL);
    }
    boolean exists =
        visible(viewer).stream().anyMatch(t -> t.kind().equals(k) && t.code().equals(code));
    if (exists) {
      throw PortalException.conflict(KofferCode.TERM_EXISTS, code);
    }
    VocabularyTerm term =
        new VocabularyTerm(circle.id(), k, code, label.strip(), viewer.username());
    em.persist(term);
    audit.record(viewer, null, "vocabulary.added", "circle:" + circle.slug(), k + " " + code);
    return term(term);
  }

  /** Refuses codes that are not in the viewer's vocabulary, naming them. */
  public void requireKnown(Viewer viewer, String kind, Collection<String> codes) {
    if (codes.isEmpty()) {
      return;
    }
    Set<String> known =
        visible(viewer).stream()
            .filter(t -> t.kind().equals(kind))
            .map(Term::code)
            .collect(Collectors.toSet());
    List<String> unknown =
        codes.stream()
            .map(c -> c.strip().toLowerCase(Locale.ROOT))
            .filter(c -> !known.contains(c))
            .toList();
    if (!unknown.isEmpty()) {
      throw PortalException.invalidField(
          kind.equals(WIJKTYPE) ? "wijktype" : "vraagstukken",
          kind.equals(WIJKTYPE) ? KofferCode.WIJKTYPE_UNKNOWN : KofferCode.VRAAGSTUK_UNKNOWN,
          String.join(", ", unknown));
    }
  }

  /** A term's code: its label in lower case, accents removed, words joined by dashes. */
  static String codeOf(String label) {
    String plain =
        Normalizer.normalize(label.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "");
    return plain.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }

  private Term term(VocabularyTerm t) {
    String slug = t.circleId() == null ? null : circles.byId(new CircleId(t.circleId())).slug();
    return new Term(t.kind(), t.code(), t.label(), slug);
  }
}
