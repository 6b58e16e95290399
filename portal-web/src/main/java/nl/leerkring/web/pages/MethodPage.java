package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.leerkring.portal.koffer.Koffer;
import nl.leerkring.portal.koffer.Uses;
import nl.leerkring.portal.koffer.Views.KofferCard;
import nl.leerkring.portal.koffer.Views.UseContent;
import nl.leerkring.portal.koffer.Views.UseView;
import nl.leerkring.portal.koffer.Vocabularies;
import nl.leerkring.portal.publishing.PublicationView;
import nl.leerkring.tenants.tenancy.CircleRole;
import nl.leerkring.web.security.CurrentViewer;

/**
 * One method in the koffer: its content, versions, uses across gemeenten, related documents and
 * cards, and comments; sharing the gemeente's own uses with the circle. Recording a use is {@link
 * UseForm}, commenting {@link CommentForm}. Whether the viewer may read or do something is the
 * boundary's answer; this bean shows it.
 */
@Named
@RequestScoped
public class MethodPage {

  /** Publication states in which a use is (about to be) shared already. */
  private static final Set<String> SHARING = Set.of("SUBMITTED", "PUBLISHED", "HIDDEN");

  @Inject CurrentViewer current;

  @Inject Koffer koffer;

  @Inject Uses uses;

  @Inject Vocabularies vocabularies;

  @Inject Language language;

  @Inject FacesContext faces;

  @Inject Gone gone;

  private String id;
  private KofferCard card;
  private boolean cardLoaded;
  private List<UseView> ownUses;
  private List<Vocabularies.Term> terms;

  /** Loads the card before rendering, so a boundary's message shows at the top. */
  public void load() {
    getCard();
    if (!faces.isPostback() && Inputs.param(faces, "useSaved") != null) {
      Messages.info(faces, "method.useUpdated");
    }
  }

  public KofferCard getCard() {
    if (!cardLoaded) {
      cardLoaded = true;
      card = null;
      gone.load(
          "method", "/app/koffer.xhtml", () -> card = koffer.card(current.signedIn(), getId()));
    }
    return card;
  }

  public boolean isMember() {
    return current.get().homeTenant().isPresent();
  }

  /** Whether the viewer coordinates the circle the card is published in. */
  public boolean isCoordinator() {
    KofferCard c = getCard();
    return c != null
        && current.get().circles().stream()
            .anyMatch(g -> g.slug().equals(c.circle()) && g.role() == CircleRole.COORDINATOR);
  }

  public String getCircleName() {
    KofferCard c = getCard();
    return c == null ? "" : Formats.circleName(current, c.circle());
  }

  /** The gemeente's own uses of this method, with where each is shared. */
  public List<UseView> getOwnUses() {
    if (ownUses == null) {
      ownUses = List.of();
      if (isMember() && getCard() != null) {
        Messages.attempt(faces, () -> ownUses = uses.list(current.signedIn(), getId()));
      }
    }
    return ownUses;
  }

  public boolean mayShare(UseView use) {
    return use.publications().stream().map(PublicationView::status).noneMatch(SHARING::contains);
  }

  public List<Vocabularies.Term> getWijktypeTerms() {
    return terms(Vocabularies.WIJKTYPE);
  }

  private List<Vocabularies.Term> terms(String kind) {
    if (terms == null) {
      terms = List.of();
      Messages.attempt(faces, () -> terms = vocabularies.visible(current.signedIn()));
    }
    return terms.stream().filter(t -> t.kind().equals(kind)).toList();
  }

  // --- showing ---

  public String evidenceLabel(String slug) {
    return Formats.evidenceText(faces, slug);
  }

  public String joined(List<String> words) {
    return Texts.joinWords(words);
  }

  public String wijktypeLabels(List<String> codes) {
    return Formats.labels(codes, terms(Vocabularies.WIJKTYPE));
  }

  public String wijktypeLabel(String code) {
    return code == null ? "" : Formats.labels(List.of(code), terms(Vocabularies.WIJKTYPE));
  }

  public String vraagstukLabels(List<String> codes) {
    return Formats.labels(codes, terms(Vocabularies.VRAAGSTUK));
  }

  public String when(Instant at) {
    return Formats.dateTime(language.getLocale(), at);
  }

  public String day(LocalDate date) {
    return Formats.date(language.getLocale(), date);
  }

  public String period(UseContent u) {
    if (u.from() == null) {
      return "";
    }
    return day(u.from()) + (u.until() == null ? " –" : " – " + day(u.until()));
  }

  public String ratingText(Integer value) {
    return value == null
        ? Messages.text(faces, "method.use.noRating")
        : Formats.format(faces, language.getLocale(), "method.use.ratingOf", value);
  }

  public String number(BigDecimal value) {
    return Formats.number(language.getLocale(), value);
  }

  public String money(BigDecimal value) {
    return Formats.euro(language.getLocale(), value);
  }

  public boolean hasPreconditions() {
    KofferCard c = getCard();
    return c != null
        && (c.card().hoursPerWeek() != null
            || c.card().people() != null
            || c.card().budget() != null
            || c.card().preconditionsNote() != null);
  }

  public String reportsText(int reports) {
    return Formats.format(faces, language.getLocale(), "method.reports", reports);
  }

  public String hiddenText(String why) {
    return Formats.format(faces, language.getLocale(), "method.hiddenComment", why);
  }

  public String shareText() {
    return Formats.format(faces, language.getLocale(), "method.shareWith", getCircleName());
  }

  // --- actions ---

  /**
   * Shares one of the gemeente's uses with the circle the method is published in: the use of the
   * row whose button was pressed (see {@link Messages#row}).
   */
  public String share() {
    KofferCard c = getCard();
    if (c == null) {
      return null;
    }
    if (Messages.attempt(
        faces, () -> uses.submit(current.signedIn(), Messages.row(faces), "CIRCLE", c.circle()))) {
      Messages.info(faces, "method.shared");
      ownUses = null;
    }
    return null;
  }

  // --- properties ---

  /** The method id: the request parameter, also on a postback (see DocumentPage#getId). */
  public String getId() {
    if (id == null) {
      id = Inputs.param(faces, "id");
    }
    return id;
  }

  public void setId(String id) {
    this.id = Inputs.trimmed(id);
  }

  /** After a change by one of the page's forms: the card and the own uses are read again. */
  void reload() {
    cardLoaded = false;
    ownUses = null;
  }
}
