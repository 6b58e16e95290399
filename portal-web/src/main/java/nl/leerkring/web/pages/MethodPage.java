package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.leerkring.portal.documents.DocumentFilter;
import nl.leerkring.portal.documents.Documents;
import nl.leerkring.portal.documents.Views.DocumentSummary;
import nl.leerkring.portal.koffer.Koffer;
import nl.leerkring.portal.koffer.UseDraft;
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
 * cards, and comments; recording a use in one's own gemeente and sharing it with the circle.
 * Whether the viewer may read or do something is the boundary's answer; this bean shows it.
 */
@Named
@RequestScoped
public class MethodPage {

  /** Publication states in which a use is (about to be) shared already. */
  private static final Set<String> SHARING = Set.of("SUBMITTED", "PUBLISHED", "HIDDEN");

  @Inject CurrentViewer current;

  @Inject Koffer koffer;

  @Inject Uses uses;

  @Inject Documents documents;

  @Inject Vocabularies vocabularies;

  @Inject Language language;

  @Inject FacesContext faces;

  private String id;
  private KofferCard card;
  private boolean cardLoaded;
  private List<UseView> ownUses;
  private List<Vocabularies.Term> terms;
  private List<DocumentSummary> ownDocuments;

  // comment forms
  private String commentBody;
  private boolean decided;

  // recording a use
  private String wijk;
  private String useWijktype;
  private LocalDate from;
  private LocalDate until;
  private String programmeAction;
  private String whatHappened;
  private String whatWorked;
  private String whatToChange;
  private String rating;
  private List<String> useDocuments = new ArrayList<>();

  /** Loads the card before rendering, so a boundary's message shows at the top. */
  public void load() {
    getCard();
  }

  public KofferCard getCard() {
    if (!cardLoaded) {
      cardLoaded = true;
      card = null;
      Messages.attempt(faces, () -> card = koffer.card(current.signedIn(), getId()));
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
    return c == null ? "" : KofferPage.circleName(current, c.circle());
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

  public List<DocumentSummary> getOwnDocuments() {
    if (ownDocuments == null) {
      ownDocuments = List.of();
      if (isMember()) {
        Messages.attempt(
            faces, () -> ownDocuments = documents.list(current.signedIn(), DocumentFilter.none()));
      }
    }
    return ownDocuments;
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
    return KofferPage.evidenceText(faces, slug);
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
    return KofferPage.dateTime(language.getLocale(), at);
  }

  public String day(LocalDate date) {
    return KofferPage.date(language.getLocale(), date);
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
        : KofferPage.format(faces, language.getLocale(), "method.use.ratingOf", value);
  }

  public String number(BigDecimal value) {
    return value == null ? "" : NumberFormat.getNumberInstance(language.getLocale()).format(value);
  }

  public String money(BigDecimal value) {
    if (value == null) {
      return "";
    }
    NumberFormat euro = NumberFormat.getCurrencyInstance(language.getLocale());
    euro.setCurrency(java.util.Currency.getInstance("EUR"));
    return euro.format(value);
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
    return KofferPage.format(faces, language.getLocale(), "method.reports", reports);
  }

  public String hiddenText(String why) {
    return KofferPage.format(faces, language.getLocale(), "method.hiddenComment", why);
  }

  public String shareText() {
    return KofferPage.format(faces, language.getLocale(), "method.shareWith", getCircleName());
  }

  // --- actions ---

  public String comment() {
    if (Messages.attempt(faces, () -> koffer.comment(current.signedIn(), getId(), commentBody))) {
      Messages.info(faces, "method.commented");
      commentBody = null;
      cardLoaded = false;
    }
    return null;
  }

  /**
   * Reports the comment of the row whose button was pressed: its id is a plain hidden field {@code
   * row} of that row's own form (see {@link Messages#row}).
   */
  public String report() {
    if (Messages.attempt(
        faces, () -> koffer.reportComment(current.signedIn(), Messages.row(faces)))) {
      Messages.info(faces, "method.reported");
      cardLoaded = false;
    }
    return null;
  }

  /**
   * Hides the comment of the row whose button was pressed, with the reason typed beside it: a plain
   * field {@code reason} of that row's own form, read from the request.
   */
  public String hide() {
    if (Messages.attempt(
        faces,
        () ->
            koffer.hideComment(
                current.signedIn(), Messages.row(faces), Messages.typed(faces, "reason")))) {
      Messages.info(faces, "method.hidden");
      decided = true;
      cardLoaded = false;
    }
    return null;
  }

  /** The reason typed beside a comment, shown again when hiding it was refused. */
  public String typedReason(String commentId) {
    return decided ? null : Messages.typedBeside(faces, commentId, "reason");
  }

  /** Restores the hidden comment of the row whose button was pressed (see {@link #report}). */
  public String restore() {
    if (Messages.attempt(
        faces, () -> koffer.restoreComment(current.signedIn(), Messages.row(faces)))) {
      Messages.info(faces, "method.restored");
      cardLoaded = false;
    }
    return null;
  }

  /** Records a use in the viewer's gemeente; it stays private until shared. */
  public String recordUse() {
    Integer stars = null;
    if (rating != null && !rating.isBlank()) {
      try {
        stars = Integer.valueOf(rating.strip());
      } catch (NumberFormatException e) {
        stars = 0; // the boundary names the valid range
      }
    }
    UseDraft draft =
        new UseDraft(
            wijk,
            useWijktype,
            from,
            until,
            programmeAction,
            whatHappened,
            whatWorked,
            whatToChange,
            stars,
            useDocuments);
    if (Messages.attempt(faces, () -> uses.record(current.signedIn(), getId(), draft))) {
      Messages.info(faces, "method.recorded");
      wijk = useWijktype = programmeAction = whatHappened = whatWorked = whatToChange = null;
      rating = null;
      from = until = null;
      useDocuments = new ArrayList<>();
      ownUses = null;
      cardLoaded = false;
    }
    return null;
  }

  /**
   * Shares one of the gemeente's uses with the circle the method is published in: the use of the
   * row whose button was pressed (see {@link #report}).
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
      id = KofferPage.trimmed(faces.getExternalContext().getRequestParameterMap().get("id"));
    }
    return id;
  }

  public void setId(String id) {
    this.id = KofferPage.trimmed(id);
  }

  public String getCommentBody() {
    return commentBody;
  }

  public void setCommentBody(String commentBody) {
    this.commentBody = commentBody;
  }

  public String getWijk() {
    return wijk;
  }

  public void setWijk(String wijk) {
    this.wijk = wijk;
  }

  public String getUseWijktype() {
    return useWijktype;
  }

  public void setUseWijktype(String useWijktype) {
    this.useWijktype = useWijktype;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getUntil() {
    return until;
  }

  public void setUntil(LocalDate until) {
    this.until = until;
  }

  public String getProgrammeAction() {
    return programmeAction;
  }

  public void setProgrammeAction(String programmeAction) {
    this.programmeAction = programmeAction;
  }

  public String getWhatHappened() {
    return whatHappened;
  }

  public void setWhatHappened(String whatHappened) {
    this.whatHappened = whatHappened;
  }

  public String getWhatWorked() {
    return whatWorked;
  }

  public void setWhatWorked(String whatWorked) {
    this.whatWorked = whatWorked;
  }

  public String getWhatToChange() {
    return whatToChange;
  }

  public void setWhatToChange(String whatToChange) {
    this.whatToChange = whatToChange;
  }

  public String getRating() {
    return rating;
  }

  public void setRating(String rating) {
    this.rating = rating;
  }

  public List<String> getUseDocuments() {
    return useDocuments;
  }

  public void setUseDocuments(List<String> useDocuments) {
    this.useDocuments = useDocuments == null ? new ArrayList<>() : useDocuments;
  }
}
