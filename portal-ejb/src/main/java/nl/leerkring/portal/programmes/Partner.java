package nl.leerkring.portal.programmes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.leerkring.portal.cofinancing.Money;
import nl.leerkring.tenants.tenancy.TenantOwned;

/** An organisation in the programme: in the kerngroep (core group) or a further partner. */
@Entity
@Table(name = "programme_partner")
public class Partner extends TenantOwned implements ProgrammePart {

  @Column(name = "programme_id", nullable = false, length = 36)
  String programmeId;

  @Column(nullable = false, length = 200)
  String organisation;

  @Column(length = 500)
  String role;

  @Column(name = "core_group", nullable = false)
  boolean coreGroup;

  @Column(name = "yearly_contribution", precision = 19, scale = 2)
  Money yearlyContribution;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  PartnerStatus status;

  protected Partner() {}

  Partner(String programmeId) {
    this.programmeId = programmeId;
  }

  @Override
  public String programmeId() {
    return programmeId;
  }
}
