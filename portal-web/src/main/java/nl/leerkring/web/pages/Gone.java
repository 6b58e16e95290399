package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leerkring.portal.PortalException;
import nl.leerkring.tenants.Refused;
import nl.leerkring.tenants.TenantsException;

/**
 * The page of one item (a publication, document, method card, programme) when that item does not
 * exist or the reader may not see it: the page says so in the reader's language, with a way back,
 * and answers 404 (never the boundary's "No publication '…'"). Not found and forbidden read alike,
 * so a page does not tell whether another gemeente's item exists. The words are in {@code
 * /WEB-INF/templates/messages.xhtml}; the page bean loads its item through {@link #load} before
 * rendering (its {@code preRenderView}), so the status can still be set.
 */
@Named
@RequestScoped
public class Gone {

  @Inject FacesContext faces;

  private String what;
  private String back;

  /**
   * Runs the load of the page's item: true when it went through; when the item is not there for
   * this reader, the page says {@code gone.<what>} with a link to {@code back} (a path in the
   * portal) and answers 404; any other refusal becomes a message at the top.
   */
  boolean load(String what, String back, Runnable call) {
    try {
      call.run();
      return true;
    } catch (PortalException | TenantsException e) {
      TenantsException.Kind kind = ((Refused) e).kind();
      if (kind == TenantsException.Kind.NOT_FOUND || kind == TenantsException.Kind.FORBIDDEN) {
        this.what = what;
        this.back = back;
        faces.getExternalContext().setResponseStatus(404);
      } else {
        faces.addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_ERROR, Messages.words(faces, (Refused) e), null));
      }
      return false;
    }
  }

  public boolean isShown() {
    return what != null;
  }

  public String getText() {
    return Messages.text(faces, "gone." + what);
  }

  public String getBackHref() {
    return faces.getExternalContext().getRequestContextPath() + back;
  }
}
