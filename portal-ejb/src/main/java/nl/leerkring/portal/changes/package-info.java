/**
 * The change log: every committed change that affects search appends a row (sequence number,
 * entity, id, operation) in the same transaction as the change itself. Each node's indexer follows
 * it from its last applied sequence number, so an index catches up after a crash and every node of
 * a cluster converges.
 *
 * <p>NOTE for readers: sequence numbers are handed out when a row is written, not when its
 * transaction commits, so a row with a lower number can become visible after one with a higher
 * number. A follower must therefore re-read a short window behind its position rather than trust
 * that the log only grows at the end.
 *
 * <p>{@link nl.leerkring.portal.changes.ChangeSignal} tells the followers of this node and of the
 * other nodes that a transaction which wrote entries has committed, so they read at once instead of
 * at their next poll. It is a hint only (no entries travel with it): the poll finds what a lost
 * message would have announced.
 */
package nl.leerkring.portal.changes;
