package nl.leerkring.web.pages;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.leerkring.portal.PortalException;
import nl.leerkring.tenants.Refusal;
import nl.leerkring.tenants.Refused;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.web.i18n.CodeTexts;

/** Page messages from the bundle, and module exceptions turned into page messages. */
final class Messages {

  private Messages() {}

  static String text(FacesContext faces, String key) {
    ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
    return msg.getString(key);
  }

  static void info(FacesContext faces, String key) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(faces, key), null));
  }

  static void error(FacesContext faces, String key) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(faces, key), null));
  }

  /**
   * The id of the row whose button was pressed: the plain hidden field {@code row} in that row's
   * own form. A row's action takes no argument from the row variable of a {@code ui:repeat}: on a
   * postback the repeat finds the clicked row by its index in a freshly loaded list, and if the
   * list changed in between (an entry added that sorts earlier) the action would run on the
   * neighbouring row. A blank id is refused like any other invalid input, so call this inside
   * {@link #attempt} or the page's own write.
   */
  static String row(FacesContext faces) {
    String id = Inputs.param(faces, "row");
    if (id == null) {
      throw PortalException.invalid(PageCode.NO_ROW_CHOSEN);
    }
    return id;
  }

  /**
   * A text typed beside a row's button (a reason), as a plain field of that row's own form: a
   * {@code jsf:value} inside a repeat is bound through the row index as well.
   */
  static String typed(FacesContext faces, String name) {
    return faces.getExternalContext().getRequestParameterMap().get(name);
  }

  /**
   * What was typed in the plain field {@code name} beside the row {@code id}, to show it again when
   * the action was refused; null beside every other row.
   */
  static String typedBeside(FacesContext faces, String id, String name) {
    String posted = Inputs.trimmed(typed(faces, "row"));
    return id != null && id.equals(posted) ? typed(faces, name) : null;
  }

  /** Runs a boundary call; a module exception becomes an error message and {@code false}. */
  static boolean attempt(FacesContext faces, Runnable call) {
    try {
      call.run();
      return true;
    } catch (TenantsException | PortalException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, words(faces, e), null));
      return false;
    }
  }

  /** The page's language, Dutch when there is no view yet. */
  static Locale locale(FacesContext faces) {
    return faces == null || faces.getViewRoot() == null
        ? CodeTexts.DUTCH
        : faces.getViewRoot().getLocale();
  }

  /** A boundary's refusal in the page's language: every reason, one after another. */
  static String words(FacesContext faces, Refused refused) {
    Locale locale = locale(faces);
    StringBuilder text = new StringBuilder();
    for (Refusal r : refused.refusals()) {
      text.append(text.length() == 0 ? "" : " ").append(CodeTexts.text(locale, r));
    }
    return text.toString();
  }
}
