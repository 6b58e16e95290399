package nl.leerkring.tenants.directory;

import java.time.LocalDate;
import java.util.List;

/** What anyone in the portal may know of a circle: its name, period and member gemeenten. */
public record CircleView(
    String id,
    String slug,
    String name,
    String programmeLine,
    LocalDate periodStart,
    LocalDate periodEnd,
    List<TenantView> members) {}
