/// Swedish words too common to search for: left out of the index, and out of queries.
///
/// Compared with the word lower-cased but not folded, so "är" and "för" are stop words while
/// "år" and "vår" can still be searched. The list is written into the manifest, where the
/// search page's script reads it; it also drops a query word typed without å, ä, ö ("for")
/// that folds to a stop word.
public enum SearchStopwords {
    public static let words: [String] = [
        "alla", "allt", "att", "av", "blev", "bli", "blir", "de", "dem", "den", "denna", "dess",
        "dessa", "det", "detta", "dig", "din", "dina", "ditt", "du", "då", "där", "efter", "ej", "eller",
        "en", "er", "era", "ert", "ett", "från", "för", "ha", "hade", "han", "hans", "har", "hon", "honom",
        "hur", "här", "i", "icke", "ingen", "inom", "inte", "jag", "ju", "kan", "kunde", "man", "med",
        "mellan", "men", "mig", "min", "mina", "mitt", "mot", "mycket", "ni", "nu", "någon", "något",
        "några", "när", "och", "om", "oss", "på", "samma", "sedan", "sig", "sin", "sina", "sitt",
        "själv", "skulle", "som", "så", "sådan", "till", "under", "upp", "ut", "utan", "vad", "var",
        "vara", "varit", "vars", "vem", "vi", "vid", "vilka", "vilken", "vilket", "åt", "än", "är",
        "över",
    ]

    static let set = Set(words)
}
