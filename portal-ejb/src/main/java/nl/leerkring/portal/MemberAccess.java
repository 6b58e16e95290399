package nl.leerkring.portal;

import java.util.function.Supplier;
import nl.leerkring.tenants.Code;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * Who reaches a gemeente's workspace: a signed-in member of a gemeente. An anonymous caller is
 * asked to sign in (401); a signed-in caller without a gemeente (a platform admin) is refused (403)
 * where the workspace is asked for as a whole, and finds nothing (404) where one item is, since
 * without a workspace there is nothing to find. Each component words the refusals in its own codes.
 */
public final class MemberAccess {

  private MemberAccess() {}

  /** For lists and writes of the workspace as a whole. */
  public static void require(Viewer viewer, Code signIn, Code membersOnly) {
    requireSignedIn(viewer, signIn);
    if (viewer.homeTenant().isEmpty()) {
      throw PortalException.forbidden(membersOnly);
    }
  }

  /** For one item of the workspace: without one, the item is {@code notFound}. */
  public static void requireFor(Viewer viewer, Code signIn, Supplier<PortalException> notFound) {
    requireSignedIn(viewer, signIn);
    if (viewer.homeTenant().isEmpty()) {
      throw notFound.get();
    }
  }

  private static void requireSignedIn(Viewer viewer, Code signIn) {
    if (viewer.isAnonymous()) {
      throw new PortalException(TenantsException.Kind.UNAUTHENTICATED, signIn);
    }
  }
}
