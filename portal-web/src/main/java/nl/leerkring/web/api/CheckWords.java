package nl.leerkring.web.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import nl.leerkring.portal.cofinancing.Check;
import nl.leerkring.portal.cofinancing.LedgerView;
import nl.leerkring.portal.cofinancing.LedgerView.CheckView;
import nl.leerkring.portal.cofinancing.StatementView;
import nl.leerkring.web.i18n.CodeTexts;

/**
 * Words the ledger's findings in the reader's language before they are written: the boundary
 * answers with a code and typed arguments per finding, the {@code message} of each {@link
 * CheckView} is filled here (from {@code Accept-Language}, Dutch by default), wherever a ledger is
 * answered (the ledger, its checks, every ledger write, a statement).
 */
@Provider
public class CheckWords implements WriterInterceptor {

  @Context HttpHeaders headers;

  @Override
  public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
    Locale locale = Problems.languageOf(headers);
    Object entity = context.getEntity();
    if (entity instanceof LedgerView view) {
      context.setEntity(worded(view, locale));
    } else if (entity instanceof StatementView s && s.ledger() != null) {
      context.setEntity(worded(s, locale));
    } else if (entity instanceof List<?> list
        && !list.isEmpty()
        && list.get(0) instanceof CheckView) {
      context.setEntity(list.stream().map(c -> words((CheckView) c, locale)).toList());
    }
    context.proceed();
  }

  static LedgerView worded(LedgerView view, Locale locale) {
    return view.worded(c -> text(c, locale));
  }

  private static StatementView worded(StatementView s, Locale locale) {
    return new StatementView(
        s.id(),
        s.gemeente(),
        s.gemeenteName(),
        s.circle(),
        s.programme(),
        s.programmeName(),
        s.periodStart(),
        s.periodEnd(),
        s.status(),
        s.submittedAt(),
        s.submittedBy(),
        s.decidedAt(),
        s.decidedBy(),
        s.reason(),
        worded(s.ledger(), locale));
  }

  private static CheckView words(CheckView c, Locale locale) {
    return c.worded(text(c, locale));
  }

  /** A finding's explanation in {@code locale}. */
  public static String text(CheckView c, Locale locale) {
    return CodeTexts.text(locale, c.explanation().key(), c.args().toArray());
  }

  /** A finding's explanation in {@code locale}, for the workbook (Dutch). */
  public static String text(Check c, Locale locale) {
    return CodeTexts.text(locale, c.code().key(), c.args().toArray());
  }
}
