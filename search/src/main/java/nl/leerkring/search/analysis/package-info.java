/**
 * Dutch text analysis: {@link nl.leerkring.search.analysis.DutchAnalysis} lower-cases, splits
 * compounds at index time with the project's own word list of compound parts, removes stop words,
 * stems with Snowball's Dutch stemmer and folds diacritics.
 *
 * <p>Decisions: the compound parts are a list this project curates (see the resource {@code
 * samenstellingsdelen.txt}) rather than a Hunspell dictionary: a list of parts used with Lucene's
 * dictionary decompounder is fast enough to index the whole benchmark corpus well within the
 * budget, it is easy to review, and its recall is measured by a test on held-out compounds.
 * Splitting only at index time keeps a search for the compound itself precise.
 */
package nl.leerkring.search.analysis;
