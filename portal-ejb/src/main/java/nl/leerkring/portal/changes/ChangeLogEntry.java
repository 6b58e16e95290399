package nl.leerkring.portal.changes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One committed change that search must follow. Immutable. */
@Entity
@Table(name = "change_log")
@NamedQuery(
    name = ChangeLogEntry.SINCE,
    query = "select c from ChangeLogEntry c where c.seq > :after order by c.seq")
@NamedQuery(
    name = ChangeLogEntry.AMONG,
    query = "select c from ChangeLogEntry c where c.seq in :seqs order by c.seq")
@NamedQuery(name = ChangeLogEntry.LATEST, query = "select max(c.seq) from ChangeLogEntry c")
public class ChangeLogEntry {

  public static final String SINCE = "ChangeLogEntry.since";
  public static final String AMONG = "ChangeLogEntry.among";
  public static final String LATEST = "ChangeLogEntry.latest";

  /** What happened to the entity. */
  public enum Operation {
    UPSERT,
    DELETE
  }

  @Id
  @SequenceGenerator(name = "change_seq", sequenceName = "change_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "change_seq")
  private Long seq;

  @Column(nullable = false)
  private Instant at;

  @Column(nullable = false, length = 50)
  private String entity;

  @Column(name = "entity_id", nullable = false, length = 36)
  private String entityId;

  /** The tenant whose workspace the entity lives in; null outside workspaces. */
  @Column(name = "tenant_id", length = 36)
  private String tenantId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Operation op;

  protected ChangeLogEntry() {}

  ChangeLogEntry(String entity, String entityId, String tenantId, Operation op) {
    this.at = Instant.now();
    this.tenantId = tenantId;
    this.entity = entity;
    this.entityId = entityId;
    this.op = op;
  }

  public long seq() {
    return seq;
  }

  public Instant at() {
    return at;
  }

  public String entity() {
    return entity;
  }

  public String entityId() {
    return entityId;
  }

  public String tenantId() {
    return tenantId;
  }

  public Operation op() {
    return op;
  }
}
