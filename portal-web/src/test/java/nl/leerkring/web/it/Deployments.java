package nl.leerkring.web.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR that `package` built, deployed as it is: the integration tests test the artefact that
 * ships.
 */
final class Deployments {

  private Deployments() {}

  static WebArchive portal() {
    File war = new File(System.getProperty("portal.war", "target/portal.war"));
    return ShrinkWrap.create(ZipImporter.class, "portal.war").importFrom(war).as(WebArchive.class);
  }

  /**
   * The same WAR at the root context, as production runs it: only there does Payara serve {@code
   * /metrics} inside the portal, behind its filters.
   */
  static WebArchive atRoot() {
    File war = new File(System.getProperty("portal.war", "target/portal.war"));
    return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
  }
}
