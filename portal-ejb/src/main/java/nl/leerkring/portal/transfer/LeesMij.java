package nl.leerkring.portal.transfer;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.leerkring.tenants.directory.TenantView;
import nl.leerkring.tenants.tenancy.WorkspaceTable;

/** The Dutch {@code LEESMIJ.txt} of an export: what is where, and every kind's fields. */
final class LeesMij {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm", Locale.forLanguageTag("nl"))
          .withZone(ZoneId.of("Europe/Amsterdam"));

  private LeesMij() {}

  static String text(
      TenantView gemeente,
      List<WorkspaceTable> tables,
      Map<String, Map<String, Rows.Type>> fields,
      Map<String, Integer> counts,
      Instant at) {
    StringBuilder t = new StringBuilder();
    t.append("Export van gemeente ")
        .append(gemeente.name())
        .append(" (")
        .append(gemeente.cbsCode())
        .append(", ")
        .append(gemeente.slug())
        .append(")\n")
        .append("Gemaakt op ")
        .append(WHEN.format(at))
        .append(" door het Leerkring-portaal.\n\n")
        .append(
            """
            Dit archief bevat alles wat de gemeente in het portaal heeft: de eigen werkruimte
            (documenten met elke versie, bijlage en uitgelezen tekst, methodekaarten en
            toepassingen, programma's met hun begrotingen, leden en instellingen) en wat mensen
            van de gemeente in kringen schreven (aanmeldingen, acties, oogst, publicaties met het
            besluit van de coördinator, cofinancieringsverantwoordingen) met het eigen deel van
            het auditlog. Wachtwoorden staan er niet in. Gegevens van andere gemeenten ook niet.

            Indeling
            - manifest.json: formaatversie, portaalversie, gemeente, tijdstip, het aantal rijen per
              soort en de SHA-256-controlesom en grootte van elk ander bestand in dit archief.
            - gegevens/<soort>.json: per soort een lijst van rijen; elke rij een object met de
              velden hieronder. Tijdstippen in UTC (ISO 8601), datums als 2026-12-07, bedragen
              met een punt.
            - csv/<soort>.csv: dezelfde rijen voor een spreadsheet (UTF-8, puntkomma's, decimale
              komma, datums als 07-12-2026).
            - bestanden/<bestand-id>/<naam>: de originele bestanden onder hun eigen naam; het id
              is dat van de rij in gegevens/document-files.json.
            - teksten/<bestand-id>/tekst.txt: de tekst die het portaal uit dat bestand las.

            Terugzetten
            Een beheerder van het platform kan dit archief inlezen als een nieuwe gemeente. De
            werkruimte komt terug onder nieuwe id's; wat in kringen is geschreven blijft als
            naslag bij de gemeente, want de nieuwe gemeente zit nog in geen kring. Leden krijgen
            een nieuw wachtwoord via een herstellink van hun beheerder. Een gewijzigd bestand
            wordt geweigerd (de controlesommen kloppen dan niet).

            Soorten
            """);
    for (WorkspaceTable table : tables) {
      t.append("\n")
          .append(table.kind())
          .append(" (")
          .append(counts.getOrDefault(table.kind(), 0))
          .append(table.use() == WorkspaceTable.Use.RECORD ? ", naslag" : ", werkruimte")
          .append("): ")
          .append(table.about())
          .append("\n  velden: ");
      StringBuilder list = new StringBuilder();
      fields
          .getOrDefault(table.kind(), Map.of())
          .forEach(
              (name, type) ->
                  list.append(list.length() == 0 ? "" : ", ")
                      .append(name)
                      .append(" (")
                      .append(word(type))
                      .append(")"));
      t.append(list).append("\n");
    }
    return t.toString();
  }

  private static String word(Rows.Type type) {
    return switch (type) {
      case TEXT -> "tekst";
      case WHOLE -> "geheel getal";
      case DECIMAL -> "decimaal getal";
      case BOOLEAN -> "ja/nee";
      case DAY -> "datum";
      case LOCAL_TIME -> "datum en tijd, Nederlandse tijd";
      case MOMENT -> "tijdstip, UTC";
    };
  }
}
