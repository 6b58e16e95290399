package nl.leerkring.web.pages;

import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.function.Supplier;
import nl.leerkring.tenants.TenantsException;

/**
 * How a write of one of a page's forms ends, for the page beans whose forms each post on their own:
 * saved, it goes where the page says (post/redirect/get); refused, the page stays with what was
 * typed and {@link FieldErrors} shows every reason, in the summary at the top and beside each
 * field. Nothing was saved then: a boundary checks a write as a whole and rolls it back.
 */
final class FormErrors {

  private final FieldErrors errors;
  private String refusedForm;

  FormErrors(FieldErrors errors) {
    this.errors = errors;
  }

  /**
   * Runs the write of {@code form} on {@code page} ({@code "ledger"}) of programme {@code id},
   * unless something typed could not be read: saved, the page again with {@code saved=<saved>};
   * refused, null. {@code fields} maps the boundary's field names to the form's input ids.
   */
  String write(
      FacesContext faces,
      String form,
      Map<String, String> fields,
      Supplier<?> call,
      String page,
      String id,
      String saved) {
    if (errors.attempt(fields, call)) {
      return "/app/" + page + ".xhtml?faces-redirect=true&saved=" + saved + "&id=" + id;
    }
    refusedForm = form;
    return null;
  }

  /** After a saved write (post/redirect/get): what was saved, at the top of {@code page}. */
  static void sayWhatWasSaved(FacesContext faces, String page) {
    String saved = faces.getExternalContext().getRequestParameterMap().get("saved");
    if (saved != null && saved.matches("[a-zA-Z]{1,20}")) {
      Messages.info(faces, page + ".saved." + saved);
    }
  }

  /** Whether this form is the one just posted (then it keeps what was typed). */
  static boolean posted(FacesContext faces, String form) {
    return faces.getExternalContext().getRequestParameterMap().containsKey(form);
  }

  /** Whether {@code form} was just posted and refused (it then stays open). */
  boolean refused(String form) {
    return form.equals(refusedForm);
  }

  /** Whether {@code form} was refused for this kind (a version conflict, say). */
  boolean refused(String form, TenantsException.Kind kind) {
    return form.equals(refusedForm) && errors.refusedAs(kind);
  }
}
