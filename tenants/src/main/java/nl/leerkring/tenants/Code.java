package nl.leerkring.tenants;

/**
 * A message key: what a boundary answers or refuses crosses into the web layer as a code with typed
 * arguments, never as a sentence, and the web layer words it in the reader's language from its NL
 * and EN bundles (as Keycloak's message keys). Each component lists its codes in an enum that
 * implements this; the key is {@code <EnumName>.<CONSTANT>}, e.g. {@code
 * DocumentCode.TITLE_REQUIRED}. A test in the web layer fails when a code lacks its text in either
 * language.
 */
public interface Code {

  /** The bundle key. */
  default String key() {
    Enum<?> constant = (Enum<?>) this;
    return constant.getDeclaringClass().getSimpleName() + "." + constant.name();
  }
}
