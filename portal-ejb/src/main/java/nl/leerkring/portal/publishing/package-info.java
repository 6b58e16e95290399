/**
 * Sharing by publication. A member submits an item of their gemeente's workspace (a case document
 * now, a method card later) to a circle, for that circle or for the public; a coordinator of the
 * circle approves it or returns it with a reason. What is submitted is an immutable {@link
 * nl.leerkring.portal.publishing.Snapshot} of the item, taken at submission and stored outside the
 * tenant's workspace, so coordinators and readers never touch private rows: cross-tenant reads only
 * ever read publications.
 *
 * <p>The component knows nothing of documents: the subject's own component builds the snapshot
 * (which files, which annexes are left out) and hands it over; F4's method cards reuse it
 * unchanged.
 *
 * <p>Who sees what: the owner gemeente's members see all its publications; a circle's coordinators
 * see what is submitted to it; once published, an item of scope CIRCLE is read by everyone who
 * takes part in the circle (member gemeenten, facilitators, researchers granted access), and one of
 * scope PUBLIC by everyone signed in. Anything else answers "not found".
 */
package nl.leerkring.portal.publishing;
