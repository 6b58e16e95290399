/**
 * The Faces pages' backing beans. Pages are HTML5 with {@code jsf:} pass-through attributes and NL
 * Design System (Utrecht) CSS classes, in Dutch with an English bundle ({@code
 * messages.properties}, {@code messages_en}). A bean calls one boundary with the {@link
 * nl.leerkring.web.security.CurrentViewer} and turns module exceptions into a page message.
 */
package nl.leerkring.web.pages;
