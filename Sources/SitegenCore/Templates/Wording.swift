import Foundation

/// Words and number formats of the interface that sitegen composes itself, in the site's
/// language (Swedish unless the translation says otherwise).
enum Wording {
    static func articles(_ count: Int, _ t: Translations = .swedish) -> String {
        t.count("articles", count)
    }

    /// What a tag's, region's or kind's page (and its feed) is about, for meta descriptions.
    static func description(of term: TermPage, site: String, _ t: Translations = .swedish) -> String {
        switch term.family {
        case .tag: t.text("descriptionTag", ["name": term.name.lowercased(), "site": site])
        case .region: t.text("descriptionRegion", ["name": term.name, "site": site])
        case .kind: t.text("descriptionKind", ["name": term.name, "site": site])
        case .year, .month: t.text("descriptionArchive", ["name": term.name, "site": site])
        }
    }

    /// "340 kB", "1,2 MB", with the language's decimal separator.
    static func fileSize(_ bytes: Int, _ t: Translations = .swedish) -> String {
        if bytes < 1_000 { return "\(bytes) \(t.text("bytes"))" }
        // The unit is chosen after rounding, so 999 500 bytes is "1,0 MB", not "1000 kB".
        let kilobytes = Int((Double(bytes) / 1_000).rounded())
        if kilobytes < 1_000 { return "\(kilobytes) kB" }
        let tenths = Int((Double(bytes) / 100_000).rounded())
        if tenths < 100 { return "\(tenths / 10)\(t.text("decimalSeparator"))\(tenths % 10) MB" }
        return "\(Int((Double(bytes) / 1_000_000).rounded())) MB"
    }

    static func fileType(_ name: String, _ t: Translations = .swedish) -> String {
        let ext = name.split(separator: ".").last.map { $0.lowercased() } ?? ""
        switch ext {
        case "pdf": return "PDF"
        case "doc", "docx": return "Word"
        case "xls", "xlsx": return "Excel"
        case "ppt", "pptx": return "PowerPoint"
        case "odt", "ods", "odp": return "OpenDocument"
        case "csv": return "CSV"
        case "zip": return "ZIP"
        case "jpg", "jpeg", "png", "gif", "webp", "svg": return t.text("fileImage")
        default: return ext.isEmpty ? t.text("fileOther") : ext.uppercased()
        }
    }

    /// `tel:` address: digits and a leading +; a Swedish 0 prefix becomes +46, "(0)" is dropped.
    static func telephoneURL(_ phone: String) -> String? {
        let withoutTrunk = phone.replacingOccurrences(of: "(0)", with: "")
        var digits = withoutTrunk.filter { $0.isASCII && ($0.isNumber || $0 == "+") }
        guard digits.count >= 5 else { return nil }
        if digits.hasPrefix("00") { digits = "+" + digits.dropFirst(2) }
        if digits.hasPrefix("0") { digits = "+46" + digits.dropFirst() }
        // "+46 070-..." writes the trunk 0 after the country code; it is not dialled.
        if digits.hasPrefix("+460") { digits = "+46" + digits.dropFirst(4) }
        return "tel:" + digits
    }

    /// Plain text cut at a word boundary near `limit` characters, with an ellipsis when cut.
    ///
    /// The text is walked character by character once, to the limit, not three times: counting
    /// all of it, taking the first `limit` characters and counting to the last space before
    /// them were 1.9% of the instructions of a cold 1,000-article build, for a summary of each
    /// article's first paragraph (callgrind, 2026-11-27).
    static func summary(_ text: String, limit: Int = 300) -> String {
        // No more bytes than `limit`: no more characters either.
        guard text.utf8.count > limit,
              let end = text.index(text.startIndex, offsetBy: limit, limitedBy: text.endIndex),
              end < text.endIndex else { return text }
        let head = text[..<end]
        // `head` has `limit` characters: those before the space are the others but the ones
        // from it to the end, which are few (the last word's).
        guard let space = head.lastIndex(of: " "), limit - head.distance(from: space, to: head.endIndex) > limit / 2 else {
            return String(head) + "…"
        }
        var cut = head[..<space]
        while let last = cut.last, ",;:–-".contains(last) || last.isWhitespace { cut = cut.dropLast() }
        return String(cut) + " …"
    }
}
