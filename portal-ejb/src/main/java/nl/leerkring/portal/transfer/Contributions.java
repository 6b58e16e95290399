package nl.leerkring.portal.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.leerkring.tenants.tenancy.WorkspaceContributor;
import nl.leerkring.tenants.tenancy.WorkspaceTable;

/**
 * Every component's tables of a gemeente, in one stable order (by contributor, then as each lists
 * them), so that two exports of the same data are the same files.
 */
@ApplicationScoped
public class Contributions {

  @Inject Instance<WorkspaceContributor> contributors;

  public List<WorkspaceTable> tables() {
    return of(contributors.stream().toList());
  }

  static List<WorkspaceTable> of(List<? extends WorkspaceContributor> contributors) {
    List<WorkspaceContributor> sorted = new ArrayList<>(contributors);
    sorted.sort(Comparator.comparing(c -> c.getClass().getSimpleName().replaceAll("\\$.*", "")));
    List<WorkspaceTable> tables = new ArrayList<>();
    sorted.forEach(c -> tables.addAll(c.exported()));
    return tables;
  }
}
