/// Link texts that say nothing about where a link leads.
///
/// Screen-reader users often jump from link to link, or list a page's links, and then hear the
/// text alone: ten links called "läs mer" are ten times the same word (WCAG 2.4.4, "Link
/// Purpose"). The list is Swedish and English, compared case-insensitively with the whole text,
/// so "Läs mer om exportstödet" passes and "Läs mer…" does not.
enum LinkText {
    static let vague: Set<String> = [
        "klicka här", "klicka", "här", "läs mer", "läs mer här", "mer", "mer info", "länk", "länken",
        "den här länken", "denna länk", "click here", "click", "here", "read more", "more", "link", "this link",
    ]

    /// The text as compared: lower case, single spaces, without punctuation and arrows around it.
    static func normalised(_ text: String) -> String {
        let words = text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let edge: (Character) -> Bool = { $0.isPunctuation || $0.isSymbol || $0.isWhitespace }
        guard let first = words.firstIndex(where: { !edge($0) }), let last = words.lastIndex(where: { !edge($0) }) else { return "" }
        return String(words[first...last])
    }

    /// Whether the text is one of ``vague``. A text with more ASCII letters than any of them
    /// is not, and is known without normalising it: ``normalised(_:)`` keeps every ASCII letter
    /// (lower-casing never takes one away), and its Unicode work, for every link of every
    /// article, was 2% of a one-edit rebuild of 10,000 articles.
    static func isVague(_ text: String) -> Bool {
        var letters = 0
        for byte in text.utf8 where isASCIILetter(byte) {
            letters += 1
            if letters > mostASCIILetters { return false }
        }
        return vague.contains(normalised(text))
    }

    /// The most ASCII letters one of ``vague`` has.
    static let mostASCIILetters = vague.map { $0.utf8.filter(isASCIILetter).count }.max() ?? 0

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }
}
