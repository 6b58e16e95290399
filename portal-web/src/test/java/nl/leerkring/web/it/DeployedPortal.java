package nl.leerkring.web.it;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The deployed portal as the integration tests reach it over HTTP: the WAR that {@code package}
 * built, its address and a fresh API client for every test. (HostileInputIT deploys the same WAR at
 * the root context instead.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class DeployedPortal {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @ArquillianResource URL base;

  Api api;

  @BeforeEach
  void connect() {
    api = new Api(base);
  }

  /** A bearer token for a demo account (see {@link Api#signIn}). */
  String token(String user) {
    return api.signIn(user);
  }
}
