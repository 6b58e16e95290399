/**
 * The koffer: a circle's shared toolbox of methods. A gemeente drafts a {@link
 * nl.leerkring.portal.koffer.MethodCard} in its workspace ({@link
 * nl.leerkring.portal.koffer.Methods}) and submits it through F2's publication; every approved
 * submission is a version of the card in the circle's koffer ({@link
 * nl.leerkring.portal.koffer.Koffer}). Gemeenten record {@link
 * nl.leerkring.portal.koffer.MethodUse}s of published methods ({@link
 * nl.leerkring.portal.koffer.Uses}), private until they share them the same way. "Which method
 * fits?" ranks the published methods for a described situation by the rule in {@link
 * nl.leerkring.portal.koffer.MethodRanking}, with its reasons.
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li>A ranking reason crosses the boundary as a {@code Ranking.ReasonCode} with typed {@code
 *       Ranking.ReasonArgs}, never as a sentence: the web layer words it from its NL and EN bundles
 *       (F13), so a page never parses prose back.
 *   <li>Publication and moderation are F2's, unchanged: a card or a use is a publication of kind
 *       {@code method} or {@code use}, with its own content as the snapshot's JSON details, and a
 *       use names the method it is about. Readers of the koffer only ever read snapshots; the one
 *       workspace read is the viewer's own gemeente's uses.
 *   <li>A card's materials and a use's documents are workspace ids: they travel in the snapshot's
 *       references, not in its text, and readers see the publications of those documents they may
 *       open, resolved when they read (F10). The search text of a card or use holds no such id.
 *   <li>A use is shared only where its method is published (in that circle or for everyone; a
 *       public use only with a public method): it carries the method's name (F10).
 *   <li>A card keeps its id across versions, so uses and comments attach to the method, not to one
 *       version. Saving requires the version the editor started from: a stale save is refused with
 *       a message, never merged silently.
 *   <li>Steps and working elements are stored as one ordered JSON list each: their order is their
 *       meaning, and a reordering is a single update.
 *   <li>Comments belong to the circle where the card is published (not to a workspace): readers of
 *       the circle see visible ones, coordinators and authors also hidden ones.
 *   <li>Wijk types and vraagstukken come from a shared vocabulary; coordinators add terms for their
 *       circle, which stay in that circle.
 * </ul>
 */
package nl.leerkring.portal.koffer;
