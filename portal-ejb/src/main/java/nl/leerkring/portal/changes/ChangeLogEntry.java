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
public class ChangeLogEntry {

  public static final String SINCE = "ChangeLogEntry.since";

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

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Operation op;

  protected ChangeLogEntry() {}

  ChangeLogEntry(String entity, String entityId, Operation op) {
    this.at = Instant.now();
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

  public Operation op() {
    return op;
  }
}
