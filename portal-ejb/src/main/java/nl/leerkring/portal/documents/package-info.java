/**
 * Case documents (council notes, raadsmededelingen, evaluations, progress reports, plans of
 * approach, interviews) in a tenant's private workspace: uploaded, their text extracted with Apache
 * Tika under limits ({@link nl.leerkring.portal.documents.TextExtractor}), kept in versions, with
 * annexes (bijlagen) as files of their own. Every change appends to the change log for search.
 *
 * <p>Decisions: originals and extracted text are blobs in the content-addressed store, written
 * before the row that names them commits; rows never change (a new version is a new row), so an
 * earlier version can always be downloaded. Reads of another tenant's document answer "not found",
 * like a missing one.
 *
 * <p>Out of scope here: sharing. Publication to a circle, moderation and the catalog are their own
 * component.
 */
package nl.leerkring.portal.documents;
