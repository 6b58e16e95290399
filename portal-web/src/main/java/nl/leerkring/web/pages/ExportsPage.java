package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import nl.leerkring.portal.transfer.TenantExports;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.tenants.directory.TenantView;
import nl.leerkring.tenants.directory.Tenants;
import nl.leerkring.tenants.tenancy.Viewer;
import nl.leerkring.web.i18n.CodeTexts;
import nl.leerkring.web.security.CurrentViewer;

/**
 * A gemeente's exports ({@code /app/exports.xhtml}): its tenant admins start one and download it,
 * and see the earlier ones with their status; a platform admin picks the gemeente ({@code
 * ?gemeente=<slug>}) and imports an export as a new gemeente (through {@code POST
 * /api/admin/tenants/import}, by the page's upload script, so a large ZIP never passes Faces). The
 * boundary decides who may; the page only shows what it allows.
 */
@Named
@RequestScoped
public class ExportsPage {

  @Inject CurrentViewer current;

  @Inject TenantExports exports;

  @Inject Tenants tenants;

  @Inject FacesContext faces;

  private TenantView gemeente;
  private boolean looked;
  private List<TenantExports.ExportStatus> list;

  /** Whether the viewer may export a gemeente: a tenant admin of it or a platform admin. */
  public boolean isAllowed() {
    Viewer v = current.get();
    return v.isPlatformAdmin() || v.homeTenant().map(v::mayAdminister).orElse(false);
  }

  public boolean isPlatformAdmin() {
    return current.get().isPlatformAdmin();
  }

  /** Every gemeente, for a platform admin's choice. */
  public List<TenantView> getTenants() {
    return isPlatformAdmin() ? tenants.all() : List.of();
  }

  /**
   * The gemeente whose exports are shown: a tenant admin's own; for a platform admin the one asked
   * for ({@code gemeente}), or none.
   */
  public TenantView getGemeente() {
    if (!looked) {
      looked = true;
      Viewer v = current.get();
      String asked = Inputs.param(faces, "gemeente");
      Optional<TenantView> chosen =
          v.isPlatformAdmin() && asked != null
              ? find(asked)
              : v.homeTenant().filter(v::mayAdminister).flatMap(tenants::byId);
      gemeente = chosen.orElse(null);
    }
    return gemeente;
  }

  private Optional<TenantView> find(String slug) {
    try {
      return Optional.of(tenants.bySlug(slug));
    } catch (TenantsException unknown) {
      return Optional.empty();
    }
  }

  /** The gemeente's latest exports, newest first. */
  public List<TenantExports.ExportStatus> getExports() {
    if (list == null) {
      TenantView g = getGemeente();
      list = g == null ? List.of() : exports.of(current.signedIn(), g.slug());
    }
    return list;
  }

  /** Whether one of the listed exports is still running (the page offers to look again). */
  public boolean isRunning() {
    return getExports().stream().anyMatch(e -> "RUNNING".equals(e.status()));
  }

  /** Why an export failed, in the page's language. */
  public String failure(TenantExports.ExportStatus export) {
    return export.failure() == null
        ? ""
        : CodeTexts.text(Messages.locale(faces), export.failure().key());
  }

  /** The size of a finished ZIP, in MB with one decimal. */
  public String megabytes(TenantExports.ExportStatus export) {
    return Formats.number(
        Messages.locale(faces),
        java.math.BigDecimal.valueOf(export.size())
            .movePointLeft(6)
            .setScale(1, RoundingMode.HALF_UP));
  }

  /** Starts an export of the gemeente shown; the list shows it at once. */
  public String start() {
    TenantView g = getGemeente();
    if (g != null && Messages.attempt(faces, () -> exports.start(current.signedIn(), g.slug()))) {
      Messages.info(faces, "exports.startedMessage");
      list = null;
    }
    return null;
  }
}
