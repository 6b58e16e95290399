package nl.leerkring.portal.cofinancing.rollup;

import java.util.List;

/** One member gemeente's figures per calendar year and in total. */
public record MemberRollup(
    String gemeente, String name, List<YearFigures> years, YearFigures total) {

  public MemberRollup {
    years = List.copyOf(years);
  }
}
