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
 *   <li>Errors where they happen (GOV.UK / NL Design System): every form reads what was typed
 *       through the request's {@code FieldErrors}, which notes each missing or unreadable value
 *       against its input and goes on, and calls the boundary only when all could be read; the
 *       boundary's refusals name their field as the REST contract does and each form maps those
 *       names to its inputs' ids. The page shows them all at once: a focused error summary at the
 *       top linking to each field ({@code /WEB-INF/templates/messages.xhtml}, which every page
 *       includes instead of {@code h:messages}) and the message beside the field ({@code
 *       field-error.xhtml}, with {@code aria-invalid} and {@code aria-describedby}). Amounts are
 *       read the Dutch way by one reader, {@code Amounts} ({@code 5.000} is five thousand euro).
 *   <li>The page of an item that is not there for the reader (not found and forbidden alike) says
 *       so with a way back and answers 404 ({@code Gone}); it never shows the boundary's text or an
 *       id. The programme page changes its rows in place through an edit mode ({@code
 *       editTheme=<id>} …), as the ledger does ({@code editLine=<id>}).
 *   <li>Codes from below are worded here, from the bundles, never parsed back from prose: the
 *       ranking's reasons by {@link nl.leerkring.web.pages.ReasonTexts} (also for the REST API's
 *       {@code text}). {@code MessageCodesTest} fails when a code lacks a text in either language.
 * </ul>
 */
package nl.leerkring.web.pages;
