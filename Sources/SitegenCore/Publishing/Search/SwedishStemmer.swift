/// Removes one common Swedish ending from a folded word, so "regionerna", "regionens" and
/// "regioner" all find "region".
///
/// A light stemmer on purpose: one ending, the longest that matches, and only when at least
/// three letters remain (otherwise the word is left whole, as Snowball does, rather than trying
/// a shorter ending that would cut "enhet" to "enh"). `static/js/sok.js` has the same rules for
/// queries; `Fixtures/search/normalisation.json` holds the cases both are tested against.
/// "-na" is not removed: it would cut place names ("Kiruna") but not their genitive ("Kirunas").
public enum SwedishStemmer {
    /// Longest first: the first that matches is the one considered.
    public static let endings = [
        "heterna",
        "hetens",
        "arnas", "ernas", "ornas", "heten", "heter",
        "arna", "erna", "orna", "ande", "ende",
        "ade", "are", "ars", "ens", "ers", "ets", "ors", "het",
        "ar", "as", "en", "er", "es", "et", "or",
        "a", "e", "s",
    ].map { Array($0.unicodeScalars) }

    public static let minimumStem = 3

    /// A lone "s" is an ending only after these letters ("kalmars", "jämtlands"), not after a
    /// vowel or another "s" ("process", "bus").
    static let sEndings = Set("bcdfghjklmnoprtvy".unicodeScalars)

    /// `word` must already be lower-case and folded (``SearchNormaliser/fold(_:)``).
    public static func stem(_ word: String) -> String {
        let scalars = Array(word.unicodeScalars)
        guard let ending = endings.first(where: { scalars.count >= $0.count && scalars.suffix($0.count).elementsEqual($0) }) else {
            return word
        }
        let stemCount = scalars.count - ending.count
        guard stemCount >= minimumStem else { return word }
        if ending == ["s"], !sEndings.contains(scalars[stemCount - 1]) { return word }
        var stem = String.UnicodeScalarView()
        stem.append(contentsOf: scalars[..<stemCount])
        return String(stem)
    }
}
