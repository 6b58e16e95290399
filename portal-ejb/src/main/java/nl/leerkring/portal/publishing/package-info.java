/**
 * Sharing by publication. A member submits an item of their gemeente's workspace (a case document
 * now, a method card later) to a circle, for that circle or for the public; a coordinator of the
 * circle approves it or returns it with a reason. What is submitted is an immutable {@link
 * nl.leerkring.portal.publishing.Snapshot} of the item, taken at submission and stored outside the
 * tenant's workspace, so coordinators and readers never touch private rows: cross-tenant reads only
 * ever read publications.
 *
 * <p>Two boundaries, by who uses them: {@link nl.leerkring.portal.publishing.Publications} for the
 * owners and readers (submit, withdraw, report, the catalog) and {@link
 * nl.leerkring.portal.publishing.Moderation} for a circle's coordinators (the queue, approve, give
 * back, hide, restore, the reports). Both read through {@code PublicationRows}, which holds the
 * access rule and the views, so the two never answer differently.
 *
 * <p>The component knows nothing of documents: the subject's own component builds the snapshot
 * (which files, which annexes are left out) and hands it over; F4's method cards reuse it
 * unchanged.
 *
 * <p>Who sees what: the owner gemeente's members see all its publications; a circle's coordinators
 * see what is submitted to it; once published, an item of scope CIRCLE is read by everyone who
 * takes part in the circle (member gemeenten, facilitators, researchers granted access), and one of
 * scope PUBLIC by everyone signed in. Anything else answers "not found".
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li>Four eyes: nobody approves what they submitted themselves ({@link
 *       nl.leerkring.portal.publishing.Publication#approve}), also not an account that is both a
 *       gemeente's member and the circle's coordinator. Returning one's own is allowed: it only
 *       stops it.
 *   <li>A snapshot never carries workspace ids for readers. What it refers to in the owner's
 *       workspace (a card's materials) is kept apart ({@code Snapshot.refers}) and replaced, each
 *       time it is read, by the publications of those items that the reader may open, from the same
 *       circle or public; others are left out. Read time rather than submission time: a document
 *       published after the card then appears on it and a withdrawn one disappears, while the
 *       snapshot stays as submitted.
 *   <li>An item about another (a use about its method) is shared only where the other is published
 *       for the same readers, checked at submission and again at approval: it names the other. Once
 *       published it stays when the other is withdrawn later.
 *   <li>A gemeente removed from a circle takes back what it shared there ({@link
 *       nl.leerkring.portal.publishing.CircleDepartures}, on the directory's {@code
 *       TenantLeftCircle}, in the same transaction): its published and hidden items in that circle
 *       are withdrawn, its waiting submissions returned with a reason; its workspace keeps every
 *       item. Both scopes, because the circle's coordinators were their moderators. Other
 *       gemeenten's publications stay, also those that name its items.
 * </ul>
 */
package nl.leerkring.portal.publishing;
