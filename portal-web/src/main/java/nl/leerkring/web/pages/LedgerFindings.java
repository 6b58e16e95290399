package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.leerkring.portal.cofinancing.LedgerData;
import nl.leerkring.portal.cofinancing.LedgerView;
import nl.leerkring.portal.cofinancing.LedgerView.CheckView;
import nl.leerkring.web.i18n.CodeTexts;

/**
 * The ledger's checks beside what they are about: a source's, contribution's or line's under its
 * row, a budget period's above the lines, and the programme-wide ones (and any whose subject has no
 * row) at the top of the page.
 */
@Named
@RequestScoped
public class LedgerFindings {

  /** Checks whose numbers are percentages; the others compare amounts. */
  private static final Set<String> PERCENT_CHECKS =
      Set.of("SHARES_NOT_100", "OWN_SHARE_BELOW_MINIMUM");

  @Inject LedgerPage page;

  @Inject PageFormats formats;

  @Inject FacesContext faces;

  /**
   * A check as the page shows it: the severity in words (never colour alone), what it is about in
   * the page language, both numbers and the difference in Dutch notation, and the boundary's own
   * explanation (a code with arguments, worded here in the page's language).
   */
  public record CheckLine(
      String code,
      String css,
      String severity,
      String title,
      String about,
      String figures,
      String message) {}

  public List<CheckLine> checksFor(String subject) {
    if (checks().isEmpty() || subject == null) {
      return List.of();
    }
    return checks().stream()
        .filter(c -> subject.equals(c.subject()))
        .map(c -> line(c, null))
        .toList();
  }

  /** Checks about a budget period (a period that crosses calendar years, for one). */
  public List<CheckLine> getPeriodChecks() {
    Set<String> labels = periodLabels();
    Set<String> rows = rowSubjects();
    return checks().stream()
        .filter(c -> c.subject() != null && labels.contains(c.subject()))
        .filter(c -> !rows.contains(c.subject()))
        .map(c -> line(c, c.subject()))
        .toList();
  }

  /** Checks about the programme as a whole, and any whose subject has no row on this page. */
  public List<CheckLine> getGeneralChecks() {
    Set<String> known = rowSubjects();
    known.addAll(periodLabels());
    return checks().stream()
        .filter(c -> c.subject() == null || !known.contains(c.subject()))
        .map(c -> line(c, c.subject()))
        .toList();
  }

  public int getWarningCount() {
    return (int) checks().stream().filter(c -> !"INFO".equals(c.severity())).count();
  }

  /** "No warnings" or how many warnings and errors there are, for the top of the page. */
  public String getChecksCountText() {
    int count = getWarningCount();
    return count == 0
        ? Messages.text(faces, "ledger.checks.none")
        : formats.format("ledger.checks.some", count);
  }

  private List<CheckView> checks() {
    LedgerView view = page.getView();
    return view == null ? List.of() : view.checks();
  }

  private Set<String> rowSubjects() {
    Set<String> subjects = new HashSet<>();
    LedgerData l = page.getLedger();
    if (l != null) {
      l.sources().forEach(s -> subjects.add(s.id()));
      l.contributions().forEach(c -> subjects.add(c.id()));
      page.getLines().forEach(line -> subjects.add(line.code()));
    }
    return subjects;
  }

  private Set<String> periodLabels() {
    Set<String> labels = new HashSet<>();
    for (LedgerData.Line line : page.getLines()) {
      for (LedgerData.Amount a : LedgerPage.nullSafe(line.amounts())) {
        labels.add(page.periodLabel(a));
      }
    }
    return labels;
  }

  /** A check for the page; {@code about} names its subject where no row shows it. */
  private CheckLine line(CheckView c, String about) {
    String code = c.code();
    List<String> figures = new ArrayList<>();
    figure(figures, c, "expected", c.expected());
    figure(figures, c, "actual", c.actual());
    figure(figures, c, "difference", c.difference());
    return new CheckLine(
        code,
        c.severity() == null ? "info" : c.severity().toLowerCase(Locale.ROOT),
        Formats.textOr(faces, "check.severity." + c.severity(), c.severity()),
        Formats.textOr(faces, "check." + code, code),
        about,
        String.join(" · ", figures),
        CodeTexts.text(Messages.locale(faces), c.explanation().key(), c.args().toArray()));
  }

  /** One number of a check, named as its code names it (else generally), when it has it. */
  private void figure(List<String> figures, CheckView c, String which, String plain) {
    if (plain == null) {
      return;
    }
    String name =
        Formats.textOr(
            faces, "check." + c.code() + "." + which, Messages.text(faces, "check." + which));
    String number =
        PERCENT_CHECKS.contains(c.code()) ? Texts.percentText(plain) : Texts.euroText(plain);
    figures.add(name + " " + number);
  }
}
