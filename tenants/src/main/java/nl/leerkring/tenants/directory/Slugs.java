package nl.leerkring.tenants.directory;

import java.util.regex.Pattern;
import nl.leerkring.tenants.TenantsException;

/** The rule for the short names used in URLs ({@code berg-en-dal}, {@code leerkring-wdw}). */
public final class Slugs {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:-?[a-z0-9])*");

  private Slugs() {}

  /**
   * @param code what to answer when the slug breaks the rule ({@link
   *     DirectoryCode#TENANT_SLUG_INVALID} or {@link DirectoryCode#CIRCLE_SLUG_INVALID})
   */
  public static String require(DirectoryCode code, String slug) {
    if (!isValid(slug)) {
      throw TenantsException.invalidField("slug", code, String.valueOf(slug));
    }
    return slug;
  }

  public static boolean isValid(String slug) {
    return slug != null
        && slug.length() >= 2
        && slug.length() <= 63
        && SLUG.matcher(slug).matches();
  }
}
