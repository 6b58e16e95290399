package nl.leerkring.portal.koffer;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.cofinancing.Hours;
import nl.leerkring.portal.cofinancing.Money;
import nl.leerkring.portal.conversations.AboutKind;
import nl.leerkring.portal.conversations.ConversationViews.PostView;
import nl.leerkring.portal.conversations.Conversations;
import nl.leerkring.portal.koffer.Views.CommentView;
import nl.leerkring.portal.koffer.Views.KofferCard;
import nl.leerkring.portal.koffer.Views.KofferEntry;
import nl.leerkring.portal.koffer.Views.RelatedCard;
import nl.leerkring.portal.koffer.Views.RelatedDocument;
import nl.leerkring.portal.koffer.Views.UseContent;
import nl.leerkring.portal.koffer.Views.UseOnCard;
import nl.leerkring.portal.koffer.Views.VersionView;
import nl.leerkring.portal.publishing.PublicationView;
import nl.leerkring.portal.publishing.Publications;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.tenants.audit.Audit;
import nl.leerkring.tenants.directory.TenantView;
import nl.leerkring.tenants.directory.Tenants;
import nl.leerkring.tenants.tenancy.TenantBound;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * The koffer as readers see it: the published method cards of the circles they take part in, each
 * with its versions, its uses across gemeenten (those shared, plus the reader's own gemeente's),
 * related documents and cards, comments, and "which method fits?". Everything is read from the
 * catalog; the only workspace rows read are the viewer's own gemeente's uses.
 */
@Stateless
@TenantBound
public class Koffer {

  private static final Collator DUTCH = Collator.getInstance(Locale.forLanguageTag("nl"));

  @PersistenceContext EntityManager em;

  @Inject Publications publications;

  /** The harvest citing a card (the learning component's), for "which method fits?". */
  @Inject Instance<MethodHarvest> harvest;

  @Inject Tenants tenants;

  @Inject Audit audit;

  @Inject Conversations conversations;

  /** A circle's koffer: the current version of every method published there. */
  public List<KofferEntry> browse(Viewer viewer, String circleSlug, KofferFilter filter) {
    requireSignedIn(viewer);
    KofferFilter f = filter == null ? KofferFilter.none() : filter;
    if (f.evidence() != null && !f.evidence().isBlank()) {
      EvidenceLevel.parse(f.evidence());
    }
    List<KofferEntry> entries = new ArrayList<>();
    for (PublicationView p : current(publications.published(viewer, Methods.KIND, circleSlug))) {
      MethodContent m = content(p);
      if (matches(f.theme(), m.themes())
          && matches(f.wijktype(), m.wijktypes())
          && matches(f.vraagstuk(), m.vraagstukken())
          && (f.evidence() == null
              || f.evidence().isBlank()
              || EvidenceLevel.parse(f.evidence()).slug().equals(m.evidence()))) {
        List<UseOnCard> uses = uses(viewer, p.subjectId());
        entries.add(entry(p, m, uses));
      }
    }
    Comparator<KofferEntry> byName = Comparator.comparing(KofferEntry::name, DUTCH);
    if ("name".equals(f.sort())) {
      entries.sort(byName);
    } else if (f.sort() == null || f.sort().isBlank() || "uses".equals(f.sort())) {
      entries.sort(Comparator.comparingInt(KofferEntry::uses).reversed().thenComparing(byName));
    } else {
      throw PortalException.invalidField(
          "sort", KofferCode.SORT_UNKNOWN, Objects.toString(f.sort(), ""));
    }
    return entries;
  }

  /**
   * One method with everything around it; "not found" when the viewer reads no version of it. Its
   * materials are the publications of the card's documents that the viewer may open, as {@link
   * Publications} resolves them when read; never the documents' workspace ids.
   */
  public KofferCard card(Viewer viewer, String methodId) {
    requireSignedIn(viewer);
    PublicationView current = currentVersion(publications, viewer, methodId);
    MethodContent m = content(current);
    List<RelatedDocument> documents = new ArrayList<>();
    for (String publicationId : m.materials()) {
      PublicationView d = publications.item(viewer, publicationId);
      documents.add(new RelatedDocument(d.id(), d.title(), d.ownerName()));
    }
    return new KofferCard(
        methodId,
        current.id(),
        current.ownerName(),
        current.circle(),
        current.snapshot().version(),
        current.decidedAt(),
        m,
        versions(viewer, methodId),
        uses(viewer, methodId),
        documents,
        related(viewer, methodId, m),
        comments(viewer, methodId));
  }

  /** Every published version of the card, newest first. */
  public List<VersionView> versions(Viewer viewer, String methodId) {
    requireSignedIn(viewer);
    // Only a card the viewer can open now has a history here: 404 for a withdrawn or hidden card,
    // and for the id of a document or a use (found by fuzzing, F6).
    currentVersion(publications, viewer, methodId);
    List<PublicationView> all =
        publications.versions(viewer, methodId).stream()
            .filter(p -> Methods.KIND.equals(p.kind()))
            .toList();
    return all.stream()
        .map(
            p ->
                new VersionView(
                    p.id(), p.snapshot().version(), p.status(), p.decidedAt(), p.submittedBy()))
        .toList();
  }

  /** The uses of a method: shared ones from every gemeente, and the viewer's own gemeente's. */
  public List<UseOnCard> uses(Viewer viewer, String methodId) {
    requireSignedIn(viewer);
    currentVersion(publications, viewer, methodId);
    Map<String, UseOnCard> byUse = new LinkedHashMap<>();
    for (PublicationView p : publications.publishedAbout(viewer, methodId)) {
      byUse.put(
          p.subjectId(),
          new UseOnCard(
              p.ownerName(),
              true,
              Methods.JSON
                  .fromJson(p.snapshot().details(), UseContent.class)
                  .withDocuments(p.snapshot().refers())));
    }
    if (viewer.homeTenant().isPresent()) {
      String gemeente = gemeenteOf(viewer.homeTenant().get());
      for (MethodUse u :
          em.createQuery(
                  "select u from MethodUse u where u.methodId = :method order by u.createdAt desc",
                  MethodUse.class)
              .setParameter("method", methodId)
              .getResultList()) {
        byUse.putIfAbsent(u.id(), new UseOnCard(gemeente, false, UseContent.of(u)));
      }
    }
    return List.copyOf(byUse.values());
  }

  /**
   * "Which method fits?": the published methods the viewer can read, ranked for the situation by
   * {@link MethodRanking}, each with its reasons.
   */
  public List<Ranking.Recommendation> recommend(Viewer viewer, Ranking.Situation situation) {
    requireSignedIn(viewer);
    if (situation == null) {
      throw PortalException.invalid(KofferCode.SITUATION_EMPTY);
    }
    String asking = viewer.homeTenant().map(this::slugOf).orElse(null);
    List<Ranking.MethodProfile> profiles = new ArrayList<>();
    for (PublicationView p : current(publications.published(viewer, Methods.KIND, null))) {
      MethodContent m = content(p);
      List<Ranking.UseSummary> uses = new ArrayList<>();
      for (PublicationView u : publications.publishedAbout(viewer, p.subjectId())) {
        UseContent c = Methods.JSON.fromJson(u.snapshot().details(), UseContent.class);
        uses.add(new Ranking.UseSummary(u.ownerTenant(), c.wijktype(), c.rating()));
      }
      profiles.add(
          new Ranking.MethodProfile(
              p.subjectId(),
              m.name(),
              EvidenceLevel.parse(m.evidence()),
              Set.copyOf(m.wijktypes()),
              Set.copyOf(m.vraagstukken()),
              Set.copyOf(m.themes()),
              new Ranking.Preconditions(
                  m.hoursPerWeek() == null ? null : Hours.of(m.hoursPerWeek()),
                  m.people(),
                  m.budget() == null ? null : Money.of(m.budget()),
                  m.preconditionsNote()),
              uses,
              harvest.stream().mapToInt(h -> h.citing(viewer, p.subjectId())).sum()));
    }
    return MethodRanking.rank(situation, asking, profiles);
  }

  // --- comments: the card's own thread in its circle (portal.conversations) ---

  /** Comments under a card: visible ones, and hidden ones for coordinators and their authors. */
  public List<CommentView> comments(Viewer viewer, String methodId) {
    requireSignedIn(viewer);
    PublicationView current = currentVersion(publications, viewer, methodId);
    return conversations
        .commentsOn(viewer, publications.circleIdOf(current.id()), AboutKind.METHOD, methodId)
        .stream()
        .map(Koffer::view)
        .toList();
  }

  public CommentView comment(Viewer viewer, String methodId, String body) {
    requireSignedIn(viewer);
    PublicationView current = currentVersion(publications, viewer, methodId);
    return view(
        conversations.commentOn(
            viewer, publications.circleIdOf(current.id()), AboutKind.METHOD, methodId, body));
  }

  public CommentView reportComment(Viewer viewer, String commentId) {
    requireSignedIn(viewer);
    return view(conversations.reportPost(viewer, commentId));
  }

  public CommentView hideComment(Viewer viewer, String commentId, String reason) {
    requireSignedIn(viewer);
    return view(conversations.hidePost(viewer, commentId, reason));
  }

  public CommentView restoreComment(Viewer viewer, String commentId) {
    requireSignedIn(viewer);
    return view(conversations.restorePost(viewer, commentId));
  }

  // --- helpers ---

  /** The newest published version of a method the viewer may read, or "not found". */
  static PublicationView currentVersion(Publications publications, Viewer viewer, String methodId) {
    return publications.versions(viewer, methodId).stream()
        .filter(p -> p.status().equals("PUBLISHED") && Methods.KIND.equals(p.kind()))
        .findFirst()
        .orElseThrow(() -> notFound(methodId));
  }

  private static PortalException notFound(String methodId) {
    return PortalException.notFound(KofferCode.METHOD_NOT_FOUND, Objects.toString(methodId, ""));
  }

  /** One publication per method: the newest. */
  private static List<PublicationView> current(List<PublicationView> published) {
    Map<String, PublicationView> newest = new LinkedHashMap<>();
    for (PublicationView p : published) {
      newest.merge(
          p.subjectId(), p, (a, b) -> a.snapshot().version() >= b.snapshot().version() ? a : b);
    }
    return List.copyOf(newest.values());
  }

  /** The card as published, with the materials this viewer may open (publication ids). */
  private static MethodContent content(PublicationView p) {
    return Methods.JSON
        .fromJson(p.snapshot().details(), MethodContent.class)
        .withMaterials(p.snapshot().refers());
  }

  private static boolean matches(String wanted, List<String> values) {
    if (wanted == null || wanted.isBlank()) {
      return true;
    }
    String w = wanted.strip().toLowerCase(Locale.ROOT);
    return values.stream().anyMatch(v -> v.toLowerCase(Locale.ROOT).equals(w));
  }

  private static KofferEntry entry(PublicationView p, MethodContent m, List<UseOnCard> uses) {
    Set<String> gemeenten = new HashSet<>();
    uses.forEach(u -> gemeenten.add(u.gemeente()));
    List<Integer> ratings =
        uses.stream().map(u -> u.use().rating()).filter(Objects::nonNull).toList();
    BigDecimal average =
        ratings.isEmpty()
            ? null
            : BigDecimal.valueOf(ratings.stream().mapToInt(Integer::intValue).sum())
                .divide(BigDecimal.valueOf(ratings.size()), 1, RoundingMode.HALF_UP);
    return new KofferEntry(
        p.subjectId(),
        p.id(),
        m.name(),
        m.summary(),
        m.evidence(),
        m.evidenceLabel(),
        m.themes(),
        m.wijktypes(),
        m.vraagstukken(),
        p.ownerName(),
        p.circle(),
        uses.size(),
        gemeenten.size(),
        average);
  }

  private List<RelatedCard> related(Viewer viewer, String methodId, MethodContent m) {
    record Scored(RelatedCard card, int score) {}
    List<Scored> scored = new ArrayList<>();
    for (PublicationView p : current(publications.published(viewer, Methods.KIND, null))) {
      if (p.subjectId().equals(methodId)) {
        continue;
      }
      MethodContent other = content(p);
      List<String> shared = new ArrayList<>();
      other.vraagstukken().stream().filter(m.vraagstukken()::contains).forEach(shared::add);
      other.themes().stream().filter(m.themes()::contains).forEach(shared::add);
      other.wijktypes().stream().filter(m.wijktypes()::contains).forEach(shared::add);
      if (!shared.isEmpty()) {
        scored.add(new Scored(new RelatedCard(p.subjectId(), other.name(), shared), shared.size()));
      }
    }
    return scored.stream()
        .sorted(
            Comparator.comparingInt(Scored::score)
                .reversed()
                .thenComparing(s -> s.card().name(), DUTCH))
        .limit(5)
        .map(Scored::card)
        .toList();
  }

  private static CommentView view(PostView p) {
    return new CommentView(
        p.id(),
        p.author(),
        p.gemeente(),
        p.body(),
        p.writtenAt(),
        p.status(),
        p.hiddenReason(),
        p.reports());
  }

  private String gemeenteOf(TenantId tenant) {
    return tenants.byId(tenant).map(TenantView::name).orElse(tenant.value());
  }

  private String slugOf(TenantId tenant) {
    return tenants.byId(tenant).map(TenantView::slug).orElse(tenant.value());
  }

  private static void requireSignedIn(Viewer viewer) {
    if (viewer == null || viewer.isAnonymous()) {
      throw new PortalException(TenantsException.Kind.UNAUTHENTICATED, KofferCode.SIGN_IN);
    }
  }
}
