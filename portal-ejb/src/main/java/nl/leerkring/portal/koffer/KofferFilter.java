package nl.leerkring.portal.koffer;

/**
 * How a reader narrows the koffer; every part optional.
 *
 * @param evidence an evidence level slug, e.g. {@code goed-onderbouwd}
 * @param sort {@code uses} (most used first, the default) or {@code name}
 */
public record KofferFilter(
    String theme, String wijktype, String vraagstuk, String evidence, String sort) {

  public static KofferFilter none() {
    return new KofferFilter(null, null, null, null, null);
  }
}
