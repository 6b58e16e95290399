package nl.leerkring.tenants.directory;

import java.util.regex.Pattern;
import nl.leerkring.tenants.TenantsException;

/** The rule for the short names used in URLs ({@code berg-en-dal}, {@code leerkring-wdw}). */
public final class Slugs {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:-?[a-z0-9])*");

  private Slugs() {}

  public static String require(String kind, String slug) {
    if (slug == null || slug.length() < 2 || slug.length() > 63 || !SLUG.matcher(slug).matches()) {
      throw TenantsException.invalid(
          "The "
              + kind
              + " slug '"
              + slug
              + "' is not valid: use 2 to 63 lower-case letters, digits and single hyphens.");
    }
    return slug;
  }
}
