package nl.leerkring.web.pages;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.ResourceBundle;
import nl.leerkring.portal.PortalException;
import nl.leerkring.tenants.TenantsException;

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

  /** Runs a boundary call; a module exception becomes an error message and {@code false}. */
  static boolean attempt(FacesContext faces, Runnable call) {
    try {
      call.run();
      return true;
    } catch (TenantsException | PortalException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
      return false;
    }
  }
}
