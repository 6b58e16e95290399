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
 * <p>Text extraction trusts the content, not the declared type or the name: Tika detects the type,
 * the name only refines plain text ({@code .md}), and a declared type that contradicts the content
 * is refused (polyglots). Only PDF, DOCX, ODT, DOC, RTF, HTML, TXT and Markdown are accepted.
 * Hostile files are refused before or during parsing: every zip is unpacked once and counted before
 * Tika sees it (Tika switches off POI's zip-bomb check and reads some parts whole even to detect
 * the type), embedded documents are limited in number and depth, and each parse runs on its own
 * thread under a timeout. Text beyond {@code portal.documents.max-text-chars} is cut. The parts are
 * classes of their own: {@link nl.leerkring.portal.documents.FileNames} (which upload names are
 * refused, and the safe form of the others), {@code ZipScan} (every zip unpacked once and counted)
 * {@code LimitedEmbeddedExtractor} (embedded documents, counted and nested at most so deep) and
 * {@code Refusals} (the messages a refused file gets).
 *
 * <p>Two boundaries, by use case: {@link nl.leerkring.portal.documents.Documents} (upload, new
 * versions, annexes, submitting to a circle, reading) and {@link
 * nl.leerkring.portal.documents.DocumentEdits} (editing the description, the prullenbak and its
 * nightly purge). Both find documents and record changes through {@code DocumentRows}.
 *
 * <p>Out of scope here: sharing. Publication to a circle, moderation and the catalog are their own
 * component.
 */
package nl.leerkring.portal.documents;
