/**
 * The content-addressed blob store for uploaded originals: a file is named by the SHA-256 of its
 * bytes ({@code <data-dir>/blobs/ab/cdef…}), written to a temporary file, forced to disk and
 * renamed into place before any database row refers to it. So a committed row never points at a
 * missing blob; a crash can only leave a blob nobody refers to, which {@link
 * nl.leerkring.portal.blobs.BlobStore#collectOrphans} removes later.
 *
 * <p>Why content addressing: identical uploads are stored once, a blob never changes after it is
 * written (so readers need no locks), and the name proves the content. A cluster points {@code
 * portal.blobs.dir} at a shared volume.
 */
package nl.leerkring.portal.blobs;
