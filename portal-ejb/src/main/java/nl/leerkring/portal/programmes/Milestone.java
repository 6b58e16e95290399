package nl.leerkring.portal.programmes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import nl.leerkring.tenants.tenancy.TenantOwned;

/** A milestone with its indicator: due on a day, done when {@code doneOn} is set. */
@Entity
@Table(name = "programme_milestone")
public class Milestone extends TenantOwned implements ProgrammePart {

  @Column(name = "programme_id", nullable = false, length = 36)
  String programmeId;

  @Column(name = "action_id", length = 36)
  String actionId;

  @Column(nullable = false, length = 500)
  String title;

  @Column(name = "due_date", nullable = false)
  LocalDate dueDate;

  @Column(length = 500)
  String indicator;

  @Column(length = 200)
  String target;

  @Column(length = 200)
  String achieved;

  @Column(name = "done_on")
  LocalDate doneOn;

  protected Milestone() {}

  Milestone(String programmeId) {
    this.programmeId = programmeId;
  }

  @Override
  public String programmeId() {
    return programmeId;
  }

  @Override
  public String parentId() {
    return actionId;
  }

  /** A milestone is late when its day has passed and it is not done. */
  ProgrammeData.Milestone data(LocalDate today) {
    return new ProgrammeData.Milestone(
        id(),
        actionId,
        title,
        dueDate,
        indicator,
        target,
        achieved,
        doneOn,
        doneOn == null && dueDate.isBefore(today));
  }
}
