package nl.leerkring.portal.search;

/**
 * The state of the node's search index.
 *
 * @param live whether an index answers searches
 * @param documents items in the live index
 * @param position the highest change-log entry applied
 * @param awaited change-log entries skipped and still awaited (transactions in flight)
 * @param rebuild the last or current rebuild
 * @param failure the last failure of following or rebuilding, if it has not recovered
 */
public record IndexStatus(
    boolean live,
    int documents,
    long position,
    int awaited,
    RebuildProgress rebuild,
    String failure) {}
