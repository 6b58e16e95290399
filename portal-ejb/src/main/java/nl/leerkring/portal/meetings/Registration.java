package nl.leerkring.portal.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One participant's answer for one meeting. Per account, not per gemeente: it belongs to the
 * circle's meeting, never to a workspace. Its place is kept by {@link Meeting}.
 */
@Entity
@Table(name = "meeting_registration")
public class Registration extends MeetingPart {

  @Column(name = "account_id", nullable = false, length = 36)
  private String accountId;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "tenant_id", length = 36)
  private String tenantId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 5)
  private Answer answer;

  @Column(nullable = false)
  private boolean waitlisted;

  /** The order of the yes: the waiting list moves up in this order. */
  @Column(nullable = false)
  private int turn;

  @Column(name = "answered_at", nullable = false)
  private Instant answeredAt;

  protected Registration() {}

  Registration(Meeting meeting, String accountId, String name, String tenantId) {
    super(meeting);
    this.accountId = accountId;
    this.name = name;
    this.tenantId = tenantId;
    this.answer = Answer.NO;
    this.answeredAt = Instant.EPOCH;
  }

  void yes(int turn, boolean full, Instant now) {
    this.answer = Answer.YES;
    this.turn = turn;
    this.waitlisted = full;
    this.answeredAt = now;
  }

  void notYes(Answer answer, Instant now) {
    this.answer = answer;
    this.waitlisted = false;
    this.answeredAt = now;
  }

  void moveUp() {
    this.waitlisted = false;
  }

  /** Has a place: said yes and is not waiting. */
  boolean confirmed() {
    return answer == Answer.YES && !waitlisted;
  }

  public String accountId() {
    return accountId;
  }

  public String name() {
    return name;
  }

  public String tenantId() {
    return tenantId;
  }

  public Answer answer() {
    return answer;
  }

  public boolean waitlisted() {
    return waitlisted;
  }

  public int turn() {
    return turn;
  }

  public Instant answeredAt() {
    return answeredAt;
  }
}
