/**
 * Wording in the reader's language: boundaries answer with {@link nl.leerkring.tenants.Code codes}
 * and typed arguments, and this package turns them into Dutch or English text from the bundles
 * {@code codes.properties} (Dutch, the default) and {@code codes_en.properties}, for problem
 * documents and page messages alike.
 */
package nl.leerkring.web.i18n;
