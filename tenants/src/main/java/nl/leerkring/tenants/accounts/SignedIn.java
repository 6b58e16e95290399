package nl.leerkring.tenants.accounts;

import java.util.Objects;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * A signed-in account as a request needs it: its viewer, and the credential version that its tokens
 * and sessions must carry (see {@link Account#credentialVersion()}).
 */
public record SignedIn(Viewer viewer, long credentialVersion) {

  public SignedIn {
    Objects.requireNonNull(viewer, "A viewer is required.");
    if (viewer.isAnonymous()) {
      throw new IllegalArgumentException("Nobody is signed in as the anonymous viewer.");
    }
  }
}
