package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.tenants.directory.TenantView;
import nl.leerkring.tenants.directory.Tenants;
import nl.leerkring.web.security.CurrentViewer;

/**
 * Edits a gemeente's name and CBS code on the admin page ({@code ?tenant=<slug>}); the slug stays.
 * Refused, the page keeps what was typed with the reasons beside the fields.
 */
@Named
@RequestScoped
public class TenantForm {

  @Inject CurrentViewer current;

  @Inject Tenants tenants;

  @Inject FacesContext faces;

  @Inject AdminPage adminPage;

  @Inject FieldErrors errors;

  private TenantView editing;
  private boolean loaded;
  private String name;
  private String cbsCode;

  /** The gemeente being edited, or null when none is asked for (or it does not exist). */
  public TenantView getEditing() {
    if (!loaded) {
      loaded = true;
      String slug = Inputs.param(faces, "tenant");
      try {
        editing = slug == null ? null : tenants.bySlug(slug);
      } catch (TenantsException gone) {
        editing = null;
      }
      if (editing != null && !faces.isPostback()) {
        name = editing.name();
        cbsCode = editing.cbsCode();
      }
    }
    return editing;
  }

  public String save() {
    TenantView t = getEditing();
    if (t != null
        && errors.run(
            FieldErrors.fields("name", "te-name", "cbsCode", "te-cbs"),
            () -> tenants.change(current.signedIn(), t.slug(), name, cbsCode))) {
      Messages.info(faces, "admin.tenant.saved");
      loaded = false;
      adminPage.refresh();
    }
    return null;
  }

  public String getName() {
    return name;
  }

  public void setName(String v) {
    name = v;
  }

  public String getCbsCode() {
    return cbsCode;
  }

  public void setCbsCode(String v) {
    cbsCode = v;
  }
}
