package nl.leerkring.web.pages;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.leerkring.portal.koffer.Ranking.Reason;
import nl.leerkring.portal.koffer.Ranking.ReasonArgs;
import nl.leerkring.portal.koffer.Ranking.ReasonCode;
import nl.leerkring.portal.koffer.Vocabularies;

/**
 * The reasons of "which method fits?" in the reader's language: the ranking hands over a {@link
 * ReasonCode} with typed {@link ReasonArgs}, and this class words them from the page bundles
 * ({@code fits.reason.<key>} names the reason, {@code fits.detail.<key>} says its values), as
 * Keycloak renders its message keys. Used by the fits page and by the REST API's {@code text}.
 *
 * <p>NOTE: not thread-safe ({@link MessageFormat} and {@link NumberFormat} are not); make one per
 * request.
 */
public final class ReasonTexts {

  /** The base name of the page bundles (Dutch is the base, English beside it). */
  public static final String BUNDLE = "nl.leerkring.web.pages.messages";

  private final ResourceBundle bundle;
  private final Locale locale;
  private final List<Vocabularies.Term> wijktypes;
  private final List<Vocabularies.Term> vraagstukken;

  /**
   * @param terms the vocabulary the reader sees, to show wijk types and vraagstukken by label
   */
  public ReasonTexts(ResourceBundle bundle, Locale locale, List<Vocabularies.Term> terms) {
    this.bundle = bundle;
    this.locale = locale;
    this.wijktypes = terms.stream().filter(t -> t.kind().equals(Vocabularies.WIJKTYPE)).toList();
    this.vraagstukken =
        terms.stream().filter(t -> t.kind().equals(Vocabularies.VRAAGSTUK)).toList();
  }

  /** For a request outside Faces (the REST API): the bundle of {@code locale}. */
  public static ReasonTexts of(Locale locale, List<Vocabularies.Term> terms) {
    return new ReasonTexts(ResourceBundle.getBundle(BUNDLE, locale), locale, terms);
  }

  /** The message keys a code is worded with; each must be in every bundle. */
  static List<String> messageKeys(ReasonCode code) {
    List<String> keys = new ArrayList<>(3);
    keys.add("fits.reason." + code.key());
    switch (code) {
      case WIJKTYPE, VRAAGSTUK, THEME -> {
        // the member's words, by their vocabulary label
      }
      case EVIDENCE -> {
        // the level's own key, koffer.evidence.<slug>
      }
      case USED_ELSEWHERE -> {
        keys.add("fits.detail." + code.key());
        keys.add("fits.detail." + code.key() + ".other");
      }
      default -> keys.add("fits.detail." + code.key());
    }
    return keys;
  }

  /** {@code +3 — wijktype: Vergrijsde krimpwijk}. */
  public String line(Reason r) {
    return number(r.points(), true) + " — " + text(r);
  }

  /** {@code wijktype: Vergrijsde krimpwijk}: the reason without its points. */
  public String text(Reason r) {
    String detail = detail(r.code(), r.args());
    return bundle.getString("fits.reason." + r.code().key())
        + (detail.isBlank() ? "" : ": " + detail);
  }

  private String detail(ReasonCode code, ReasonArgs a) {
    String key = "fits.detail." + code.key();
    return switch (code) {
      case WIJKTYPE -> Formats.labels(a.words(), wijktypes);
      case VRAAGSTUK -> Formats.labels(a.words(), vraagstukken);
      case THEME -> String.join(", ", a.words());
      case EVIDENCE ->
          a.evidence() == null ? "" : bundle.getString("koffer.evidence." + a.evidence().slug());
      case USED_IN_SIMILAR_WIJKEN ->
          format(key, a.gemeenten(), a.uses(), Formats.labels(a.words(), wijktypes));
      case OUTCOMES -> format(key, number(a.averageRating(), false), a.uses());
      case USED_ELSEWHERE ->
          a.words().isEmpty()
              ? format(key, a.gemeenten())
              : format(key + ".other", a.gemeenten(), Formats.labels(a.words(), wijktypes));
      case TOO_MANY_HOURS -> format(key, number(a.needed(), false), number(a.available(), false));
      case TOO_MANY_PEOPLE -> format(key, a.needed().intValue(), a.available().intValue());
      case OVER_BUDGET -> format(key, euro(a.needed()), euro(a.available()));
      case HARVEST -> format(key, a.uses());
    };
  }

  /** Points and figures: at most two decimals, a real minus sign, a plus on request. */
  public String number(BigDecimal value, boolean signed) {
    NumberFormat f = NumberFormat.getNumberInstance(locale);
    f.setMaximumFractionDigits(2);
    f.setMinimumFractionDigits(0);
    String text = f.format(value.abs());
    if (value.signum() < 0) {
      return "−" + text;
    }
    return signed ? "+" + text : text;
  }

  private String euro(BigDecimal value) {
    NumberFormat euro = NumberFormat.getCurrencyInstance(locale);
    euro.setCurrency(Currency.getInstance("EUR"));
    return euro.format(value);
  }

  private String format(String key, Object... args) {
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }
}
