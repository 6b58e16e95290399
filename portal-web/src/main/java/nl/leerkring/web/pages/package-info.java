/**
 * The Faces pages' backing beans. Pages are HTML5 with {@code jsf:} pass-through attributes and NL
 * Design System (Utrecht) CSS classes, in Dutch with an English bundle ({@code
 * messages.properties}, {@code messages_en}). A bean calls one boundary with the {@link
 * nl.leerkring.web.security.CurrentViewer} and turns module exceptions into a page message.
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li>One small bean per form or dialog (as Cargo Tracker's {@code ChangeDestination}): a page
 *       bean loads and shows, a form bean ({@code MethodForm}, {@code UseForm}, {@code
 *       CommentForm}, {@code OfferForm}) holds what was typed and calls the boundary once.
 *   <li>How values are written is in {@link nl.leerkring.web.pages.Formats}, how typed input and
 *       the address are read in {@code Inputs}: one place each, so every page says and reads an
 *       amount alike.
 *   <li>The ledger and programme pages likewise: {@code SourceForm}, {@code ContributionForm},
 *       {@code VersionForm}, {@code LineForm}; {@code HeadForm}, {@code PartnerForm}, {@code
 *       ThemeForm}, {@code GoalForm}, {@code ActionForm}, {@code MilestoneForm}, {@code NoteForm},
 *       {@code LinkForm}, {@code StatementForm}, {@code ProgrammeRows}; the page bean ({@code
 *       LedgerPage}, {@code ProgrammePage}) reads what they all show and ends their writes the same
 *       way ({@code FormErrors}). Pages reach {@code Formats} as the EL bean {@code formats}
 *       ({@code PageFormats}: codes, days and periods); a choice is bound as its enum through the
 *       {@code enumCode} converter, whose option values are the lower-case codes of the REST
 *       contract. Figures are computed below this layer, never here.
 *   <li>Codes from below are worded here, from the bundles, never parsed back from prose: the
 *       ranking's reasons by {@link nl.leerkring.web.pages.ReasonTexts} (also for the REST API's
 *       {@code text}). {@code MessageCodesTest} fails when a code lacks a text in either language.
 * </ul>
 */
package nl.leerkring.web.pages;
