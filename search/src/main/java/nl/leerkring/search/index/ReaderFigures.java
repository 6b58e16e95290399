package nl.leerkring.search.index;

/**
 * How the index is held open right now: the segments of the reader searches use, and how many
 * searches hold that reader at this moment.
 *
 * @param segments the reader's segments (leaves); merges keep it small, a leak of readers does not
 *     show here but in {@code inUse} and in the open files of deleted segments
 * @param inUse searches holding the reader besides the one asking
 */
public record ReaderFigures(int segments, int inUse) {}
