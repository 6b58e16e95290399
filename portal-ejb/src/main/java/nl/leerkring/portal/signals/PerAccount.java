package nl.leerkring.portal.signals;

import java.io.Serializable;
import java.util.Objects;

/**
 * The primary key of what one person has one of per name: a setting per kind, a watch level per
 * circle, a digest marker per period.
 */
public class PerAccount implements Serializable {

  private static final long serialVersionUID = 1L;

  private String accountId;
  private String name;

  public PerAccount() {}

  public PerAccount(String accountId, String name) {
    this.accountId = accountId;
    this.name = name;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PerAccount k
        && Objects.equals(accountId, k.accountId)
        && Objects.equals(name, k.name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accountId, name);
  }
}
