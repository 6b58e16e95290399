package nl.leerkring.portal.programmes;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.leerkring.portal.koffer.TextListConverter;
import nl.leerkring.tenants.tenancy.TenantOwned;

/** An action towards a goal: who owns it, with which partners, when it is planned, where it is. */
@Entity
@Table(name = "programme_action")
public class ProgrammeAction extends TenantOwned implements ProgrammePart {

  @Column(name = "programme_id", nullable = false, length = 36)
  String programmeId;

  @Column(name = "goal_id", nullable = false, length = 36)
  String goalId;

  @Column(nullable = false, length = 500)
  String title;

  @Column(name = "owner_name", length = 200)
  String owner;

  @Convert(converter = TextListConverter.class)
  @Column(length = 4000, nullable = false)
  List<String> partners = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  ActionStatus status;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  Phase phase;

  @Column(name = "planned_year", nullable = false)
  int plannedYear;

  @Column(name = "planned_quarter", nullable = false)
  int plannedQuarter;

  /** A method card of the koffer (F4) this action applies, if any. */
  @Column(name = "method_id", length = 36)
  String methodId;

  @Column(name = "sort_order", nullable = false)
  int sortOrder;

  protected ProgrammeAction() {}

  ProgrammeAction(String programmeId) {
    this.programmeId = programmeId;
  }

  @Override
  public String programmeId() {
    return programmeId;
  }

  @Override
  public String parentId() {
    return goalId;
  }

  /** An open action is late when its planned quarter has ended. */
  ProgrammeData.Action data(LocalDate today) {
    Quarter quarter = new Quarter(plannedYear, plannedQuarter);
    return new ProgrammeData.Action(
        id(),
        goalId,
        title,
        owner,
        List.copyOf(partners),
        status.name().toLowerCase(java.util.Locale.ROOT),
        phase.label(),
        quarter.toString(),
        methodId,
        sortOrder,
        status.isOpen() && quarter.lastDay().isBefore(today));
  }
}
