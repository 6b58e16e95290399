package nl.leerkring.web.pages;

import jakarta.faces.context.FacesContext;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import nl.leerkring.portal.PortalException;
import nl.leerkring.tenants.TenantsException;

/**
 * How a write of one of a page's forms ends, for the page beans whose forms each post on their own:
 * saved, it goes where the page says (post/redirect/get); refused, the page stays with what was
 * typed, the boundary's (or the parser's) message beside that form and "nothing was saved" at the
 * top. Nothing was saved then: a boundary checks a write as a whole and rolls it back.
 */
final class FormErrors {

  private final Map<String, String> messages = new HashMap<>();
  private final Map<String, TenantsException.Kind> kinds = new HashMap<>();

  /**
   * Runs the write of {@code form} on {@code page} ({@code "ledger"}) of programme {@code id}:
   * saved, the page again with {@code saved=<form>}; refused, null (see the class comment).
   */
  String write(FacesContext faces, String form, Supplier<?> call, String page, String id) {
    try {
      call.get();
    } catch (PortalException | TenantsException e) {
      messages.put(form, Messages.words(faces, (nl.leerkring.tenants.Refused) e));
      kinds.put(form, e instanceof PortalException p ? p.kind() : ((TenantsException) e).kind());
      Messages.error(faces, "form.notSaved");
      return null;
    }
    return "/app/" + page + ".xhtml?faces-redirect=true&saved=" + form + "&id=" + id;
  }

  /** After a saved write (post/redirect/get): what was saved, at the top of {@code page}. */
  static void sayWhatWasSaved(FacesContext faces, String page) {
    String saved = faces.getExternalContext().getRequestParameterMap().get("saved");
    if (saved != null && saved.matches("[a-z]{1,20}")) {
      Messages.info(faces, page + ".saved." + saved);
    }
  }

  /** Whether this form is the one just posted (then it keeps what was typed). */
  static boolean posted(FacesContext faces, String form) {
    return faces.getExternalContext().getRequestParameterMap().containsKey(form);
  }

  /** The message beside the form, or null when it was not refused. */
  String of(String form) {
    return messages.get(form);
  }

  boolean refused(String form, TenantsException.Kind kind) {
    return kinds.get(form) == kind;
  }
}
