/**
 * The Faces pages' backing beans. Pages are HTML5 with {@code jsf:} pass-through attributes and NL
 * Design System (Utrecht) CSS classes, in Dutch with an English bundle ({@code
 * messages.properties}, {@code messages_en}). A bean calls one boundary with the {@link
 * nl.leerkring.web.security.CurrentViewer} and turns module exceptions into a page message.
 *
 * <p>A page with several forms has one small bean per form or dialog, as Cargo Tracker's {@code
 * ChangeDestination} (the ledger: {@code SourceForm}, {@code ContributionForm}, {@code
 * VersionForm}, {@code LineForm}; the programme: {@code HeadForm}, {@code PartnerForm}, {@code
 * ThemeForm}, {@code GoalForm}, {@code ActionForm}, {@code MilestoneForm}, {@code NoteForm}, {@code
 * LinkForm}, {@code StatementForm}, {@code ProgrammeRows}); the page bean ({@code LedgerPage},
 * {@code ProgrammePage}) reads what they all show and ends their writes the same way ({@code
 * FormErrors}). Codes, days and periods are shown by {@code Formats}; a choice is bound as its enum
 * through the {@code enumCode} converter, whose option values are the lower-case codes of the REST
 * contract. Figures are computed below this layer, never here.
 */
package nl.leerkring.web.pages;
