/**
 * The audit log: every write in the portal records who did it, when, in which tenant, what and a
 * short before/after summary, in the same transaction as the write (so a rolled-back write leaves
 * no audit row and a committed one always has it). Only platform admins read it.
 *
 * <p>It lives in this lowest JPA module so that every boundary, in any module, can record to it.
 */
package nl.leerkring.tenants.audit;
