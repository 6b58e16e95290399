package nl.leerkring.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.leerkring.portal.CommonCode;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.cofinancing.Check;
import nl.leerkring.portal.cofinancing.CheckCode;
import nl.leerkring.portal.cofinancing.DuivenExample;
import nl.leerkring.portal.cofinancing.LedgerChecks;
import nl.leerkring.portal.cofinancing.LedgerCode;
import nl.leerkring.portal.cofinancing.Money;
import nl.leerkring.portal.cofinancing.Percentage;
import nl.leerkring.portal.cofinancing.SourceStatus;
import nl.leerkring.portal.programmes.ProgrammeCode;
import nl.leerkring.tenants.Code;
import nl.leerkring.tenants.Refusal;
import nl.leerkring.web.api.ApiCode;
import org.junit.jupiter.api.Test;

/**
 * Every code has its words in Dutch and in English, with the same arguments. The codes are found by
 * walking the compiled classes of the tenants module, the business components and the web layer
 * (directories or jars, whichever the build put on the class path), so a new enum that implements
 * {@link Code} is covered without being listed here. Each bundle file is read on its own: a {@link
 * java.util.ResourceBundle} would quietly fall back from English to Dutch.
 */
class CodeTextsTest {

  static final String DUTCH = "codes.properties";
  static final String ENGLISH = "codes_en.properties";

  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

  @Test
  void everyCodeOfEveryModuleHasATextInDutchAndInEnglish() throws Exception {
    List<Class<? extends Code>> enums = codeEnums();
    Properties dutch = load(DUTCH);
    Properties english = load(ENGLISH);
    List<String> missing = new ArrayList<>();
    for (Class<? extends Code> type : enums) {
      for (Code code : type.getEnumConstants()) {
        for (Map.Entry<String, Properties> file :
            Map.of(DUTCH, dutch, ENGLISH, english).entrySet()) {
          if (file.getValue().getProperty(code.key(), "").isBlank()) {
            missing.add(file.getKey() + ": " + code.key());
          }
        }
      }
    }
    assertEquals(List.of(), missing.stream().sorted().toList());
  }

  @Test
  void theWalkFindsTheCodesOfEachModule() throws Exception {
    Set<String> found = new TreeSet<>();
    codeEnums().forEach(c -> found.add(c.getName()));
    for (Class<?> expected :
        List.of(
            CommonCode.class,
            ProgrammeCode.class,
            LedgerCode.class,
            CheckCode.class,
            ApiCode.class,
            nl.leerkring.portal.cofinancing.CofinancingCode.class)) {
      assertTrue(found.contains(expected.getName()), expected + " in " + found);
    }
    Path tenants = Path.of(Code.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertTrue(
        classNames(tenants).contains(Refusal.class.getName()),
        "the tenants module's classes are walked too: " + tenants);
  }

  @Test
  void bothBundlesHaveTheSameKeys() throws IOException {
    Properties dutch = load(DUTCH);
    Properties english = load(ENGLISH);
    Set<String> onlyDutch = new TreeSet<>(dutch.stringPropertyNames());
    onlyDutch.removeAll(english.stringPropertyNames());
    Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
    onlyEnglish.removeAll(dutch.stringPropertyNames());
    assertEquals(Set.of(), onlyDutch, "keys without an English text");
    assertEquals(Set.of(), onlyEnglish, "keys without a Dutch text");
  }

  @Test
  void bothTextsOfAKeyUseTheSameArguments() throws IOException {
    Properties dutch = load(DUTCH);
    Properties english = load(ENGLISH);
    List<String> differ = new ArrayList<>();
    for (String key : dutch.stringPropertyNames()) {
      String other = english.getProperty(key);
      if (other != null && !arguments(dutch.getProperty(key)).equals(arguments(other))) {
        differ.add(key + ": " + arguments(dutch.getProperty(key)) + " vs " + arguments(other));
      }
    }
    assertEquals(List.of(), differ);
  }

  @Test
  void everyTextIsAValidPattern() throws IOException {
    for (String file : List.of(DUTCH, ENGLISH)) {
      Properties texts = load(file);
      for (String key : texts.stringPropertyNames()) {
        try {
          new java.text.MessageFormat(texts.getProperty(key), Locale.ROOT);
        } catch (IllegalArgumentException e) {
          throw new AssertionError(file + ": " + key + ": " + e.getMessage(), e);
        }
      }
    }
  }

  @Test
  void theTestFindsADifferenceInArguments() {
    assertFalse(arguments("{0} en {1}").equals(arguments("{0} and {2}")));
    assertEquals(Set.of(0, 1, 2), arguments("{0,choice,0#a|1#b {1}} {2,number,integer}"));
  }

  // ---- the words themselves ----

  @Test
  void dutchIsTheDefaultAndEnglishIsChosenFromAcceptLanguage() {
    assertEquals(CodeTexts.DUTCH, CodeTexts.choose((String) null));
    assertEquals(CodeTexts.DUTCH, CodeTexts.choose(""));
    assertEquals(CodeTexts.DUTCH, CodeTexts.choose("de-DE,fr;q=0.8"));
    assertEquals(Locale.ENGLISH, CodeTexts.choose("en"));
    assertEquals(Locale.ENGLISH, CodeTexts.choose("en-GB,nl;q=0.5"));
    assertEquals(CodeTexts.DUTCH, CodeTexts.choose("nl-NL,en;q=0.9"));
    assertEquals(Locale.ENGLISH, CodeTexts.choose("de,en;q=0.7,nl;q=0.3"));
    assertEquals(CodeTexts.DUTCH, CodeTexts.choose("not a language header ;;; q=x"));
    assertEquals(Locale.ENGLISH, CodeTexts.choose(List.of(Locale.GERMAN, Locale.UK)));
    assertEquals(CodeTexts.DUTCH, CodeTexts.choose(List.of()));
  }

  @Test
  void aRefusalIsWordedInDutchByDefaultAndInEnglishOnRequest() {
    Refusal tooLong = Refusal.onField("title", CommonCode.TOO_LONG, 200);
    assertEquals("Dit veld is langer dan 200 tekens.", CodeTexts.text(CodeTexts.DUTCH, tooLong));
    assertEquals(
        "This field is longer than 200 characters.", CodeTexts.text(Locale.ENGLISH, tooLong));
    assertEquals(
        "Dit veld is langer dan 200 tekens.",
        CodeTexts.text(Locale.forLanguageTag("nl-BE"), tooLong));
  }

  @Test
  void datesAreWrittenOutAndNumbersUseTheLanguagesSeparators() {
    LocalDate day = LocalDate.of(2026, 12, 6);
    assertEquals(
        "De einddatum (6 december 2026) ligt vóór de begindatum (1 januari 2027).",
        CodeTexts.text(
            CodeTexts.DUTCH, ProgrammeCode.ENDS_BEFORE_START.key(), day, LocalDate.of(2027, 1, 1)));
    assertEquals(
        "It ends (6 December 2026) before it starts (1 January 2027).",
        CodeTexts.text(
            Locale.ENGLISH, ProgrammeCode.ENDS_BEFORE_START.key(), day, LocalDate.of(2027, 1, 1)));
    assertEquals(
        "Dit veld is langer dan 12.000 tekens.",
        CodeTexts.text(CodeTexts.DUTCH, CommonCode.TOO_LONG.key(), 12_000));
    assertEquals(
        "This field is longer than 12,000 characters.",
        CodeTexts.text(Locale.ENGLISH, CommonCode.TOO_LONG.key(), 12_000));
  }

  @Test
  void amountsAndPercentagesAreWrittenTheReadersWay() {
    Money amount = Money.of(new BigDecimal("1234.5"));
    assertEquals(
        "€ 1.234,50 is negatief: het moet 0 of meer zijn.",
        CodeTexts.text(CodeTexts.DUTCH, LedgerCode.NEGATIVE.key(), amount));
    assertEquals(
        "€1,234.50 is negative: it must be 0 or more.",
        CodeTexts.text(Locale.ENGLISH, LedgerCode.NEGATIVE.key(), amount));
    assertEquals("12,5 %", CodeTexts.percent(CodeTexts.DUTCH, new BigDecimal("12.5000")));
    assertEquals("12.5%", CodeTexts.percent(Locale.ENGLISH, new BigDecimal("12.5000")));
    assertEquals("€ -5,00", CodeTexts.euro(CodeTexts.DUTCH, new BigDecimal("-5.00")));
  }

  @Test
  void listsPairsNestedCodesAndDomainValuesAreWordedToo() {
    String shares =
        CodeTexts.text(
            CodeTexts.DUTCH,
            CheckCode.SHARES_NOT_100.key(),
            Percentage.of(80).plus(Percentage.of(30)),
            List.of(
                Map.entry("Rijk", Percentage.of(60)), Map.entry("Provincie", Percentage.of(50))),
            0,
            Percentage.ZERO);
    assertEquals(
        "De percentages van de subsidiegevers tellen op tot 110 % (Rijk 60 %, Provincie 50 %):"
            + " meer dan 100 %, zodat er geen eigen aandeel overblijft.",
        shares);
    String step =
        CodeTexts.text(
            Locale.ENGLISH,
            nl.leerkring.portal.cofinancing.CofinancingCode.STATUS_STEP.key(),
            SourceStatus.ESTABLISHED,
            SourceStatus.APPLIED);
    assertTrue(step.startsWith("The status cannot go from established to applied"), step);
    String overlap =
        CodeTexts.text(
            CodeTexts.DUTCH,
            CheckCode.OVERLAPPING_BUDGET_VERSIONS.key(),
            1,
            LocalDate.of(2025, 1, 1),
            LedgerCode.OPEN_END,
            2,
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 12, 31));
    assertTrue(overlap.contains("(1 januari 2025 – open einde)"), overlap);
  }

  @Test
  void aChoiceInATextFollowsItsArgument() {
    Object[] args = {"Inhuur", "€ 10", "€ 12", "€ 12", "€ 0", "€ 2"};
    String tooMuch = words(CheckCode.LINE_FUNDING_MISMATCH, args, 1);
    String short_ = words(CheckCode.LINE_FUNDING_MISMATCH, args, 0);
    assertTrue(tooMuch.endsWith("€ 2 te veel."), tooMuch);
    assertTrue(short_.endsWith("€ 2 niet gefinancierd."), short_);
  }

  @Test
  void aRefusalOfTheBoundaryIsWordedFieldByField() {
    PortalException e =
        PortalException.invalid(
            List.of(
                Refusal.onField("name", CommonCode.REQUIRED),
                Refusal.onField(
                    "periodEnd",
                    ProgrammeCode.ENDS_BEFORE_START,
                    LocalDate.of(2025, 1, 1),
                    LocalDate.of(2025, 2, 1))));
    List<String> words =
        e.refusals().stream().map(r -> CodeTexts.text(CodeTexts.DUTCH, r)).toList();
    assertEquals(
        List.of(
            "Dit veld is verplicht.",
            "De einddatum (1 januari 2025) ligt vóór de begindatum (1 februari 2025)."),
        words);
  }

  @Test
  void everyFindingOfTheDuivenLedgerIsWordedInBothLanguages() {
    List<Check> checks = LedgerChecks.run(DuivenExample.ledger());
    assertFalse(checks.isEmpty());
    for (Locale locale : List.of(CodeTexts.DUTCH, Locale.ENGLISH)) {
      for (Check c : checks) {
        String words = CodeTexts.text(locale, c.code().key(), c.args().toArray());
        assertFalse(words.contains("{") || words.contains("null"), words);
        assertFalse(words.startsWith("CheckCode."), words);
      }
    }
    Check remainder =
        checks.stream()
            .filter(c -> c.code() == CheckCode.UNALLOCATED_GRANT)
            .findFirst()
            .orElseThrow();
    String dutch =
        CodeTexts.text(CodeTexts.DUTCH, remainder.code().key(), remainder.args().toArray());
    assertTrue(
        dutch.endsWith(
            ": van de toegekende € 81.886,00 is € 53.000,00 aan begrotingsregels toegewezen;"
                + " € 28.886,00 is nog niet toegewezen."),
        dutch);
  }

  @Test
  void aKeyWithoutTextShowsAsItself() {
    assertEquals("Nope.MISSING", CodeTexts.text(CodeTexts.DUTCH, "Nope.MISSING"));
  }

  private static String words(CheckCode code, Object[] args, int flag) {
    Object[] all = java.util.Arrays.copyOf(args, args.length + 1);
    all[args.length] = flag;
    return CodeTexts.text(CodeTexts.DUTCH, code.key(), all);
  }

  // ---- finding the codes ----

  /** Every enum implementing {@link Code} in the tenants, portal-ejb and portal-web classes. */
  static List<Class<? extends Code>> codeEnums() throws IOException, URISyntaxException {
    Set<Path> roots = new java.util.LinkedHashSet<>();
    for (Class<?> anchor : List.of(Code.class, PortalException.class, CodeTexts.class)) {
      roots.add(Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI()));
    }
    List<Class<? extends Code>> found = new ArrayList<>();
    for (Path root : roots) {
      for (String name : classNames(root)) {
        if (!name.startsWith("nl.leerkring.")) {
          continue;
        }
        Class<?> type;
        try {
          type = Class.forName(name, false, CodeTextsTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError notLoadable) {
          continue;
        }
        if (type.isEnum() && Code.class.isAssignableFrom(type)) {
          found.add(type.asSubclass(Code.class));
        }
      }
    }
    return found;
  }

  private static List<String> classNames(Path root) throws IOException {
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(root)) {
      try (Stream<Path> files = Files.walk(root)) {
        files
            .filter(f -> f.toString().endsWith(".class"))
            .forEach(f -> names.add(className(root.relativize(f).toString())));
      }
    } else {
      try (JarFile jar = new JarFile(root.toFile())) {
        Enumeration<JarEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
          String entry = entries.nextElement().getName();
          if (entry.endsWith(".class")) {
            names.add(className(entry));
          }
        }
      }
    }
    return names;
  }

  private static String className(String file) {
    return file.substring(0, file.length() - ".class".length())
        .replace('/', '.')
        .replace('\\', '.');
  }

  static Set<Integer> arguments(String pattern) {
    Set<Integer> indexes = new TreeSet<>();
    Matcher m = ARGUMENT.matcher(pattern);
    while (m.find()) {
      indexes.add(Integer.parseInt(m.group(1)));
    }
    return indexes;
  }

  static Properties load(String file) throws IOException {
    Properties p = new Properties();
    try (InputStream in = CodeTexts.class.getResourceAsStream(file)) {
      assertTrue(in != null, file);
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
