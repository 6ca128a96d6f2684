/// Makes the links and image sources in an article body absolute, for feeds.
///
/// On the site, a body's `foto.jpg` and `../../amnen/export/` are relative to the article's page,
/// and the browser resolves them. In a feed reader the same HTML is shown far from that page, so
/// every `href`, `src` and `poster` in the body's tags is resolved against the article's
/// absolute URL. Fragments (`#fn-1`), `mailto:`, `tel:` and absolute URLs are left alone.
///
/// The HTML comes from cmark-gfm, plus whatever raw HTML writers put in (with `raw_html: true`),
/// so attributes may be double-, single- or unquoted and in any case. Comments, `<!...>`
/// declarations and `<?...?>` are copied as they are; text between tags is never touched
/// (cmark escapes `<` in text and code, so every `<` followed by a letter starts a real tag).
/// Only the values rewritten change; every other byte is copied.
enum AbsoluteLinks {
    static let urlAttributes: Set<String> = ["href", "src", "poster"]

    static func rewrite(_ html: String, base: String) -> String {
        guard html.utf8.contains(UInt8(ascii: "<")) else { return html }
        return String(decoding: rewrite(utf8: Array(html.utf8), base: base), as: UTF8.self)
    }

    /// HTML given as its UTF-8 bytes (``BodyText/utf8``), rewritten as bytes: valid UTF-8 in,
    /// valid UTF-8 out, since only whole attribute values are replaced, by `String`s.
    static func rewrite(utf8 html: [UInt8], base: String) -> [UInt8] {
        guard html.contains(UInt8(ascii: "<")) else { return html }
        var scanner = HTMLScanner(utf8: html)
        var output: [UInt8] = []
        output.reserveCapacity(html.count + 256)
        while scanner.peek() != nil {
            scanner.copyText(into: &output)
            guard scanner.peek() != nil else { break }
            scanner.copyTag(into: &output) { name, value in
                urlAttributes.contains(name) ? absolute(value, base: base) : nil
            }
        }
        return output
    }

    /// The value to write instead of `value` (as it stands in the HTML, entities and all), or
    /// `nil` to keep it.
    static func absolute(_ value: String, base: String) -> String? {
        guard let decoded = HTMLAttribute.decode(value) else { return nil }
        let url = decoded.trimmingASCIIWhitespace()
        if url.hasPrefix("#") || URLResolver.hasScheme(url) { return nil }
        let resolved = URLResolver.resolve(url, against: base)
        return resolved == decoded ? nil : HTMLAttribute.encode(resolved)
    }
}

extension String {
    /// Without the spaces, tabs and line breaks HTML ignores around a URL.
    func trimmingASCIIWhitespace() -> String {
        // Most texts (links, alternative texts, every article's summary) have none at either
        // end: the text itself, without walking its characters from the end, which was a
        // fifth of the content checks. A character that is one of these starts and ends with
        // its byte, so a text whose first and last bytes are other has nothing to trim.
        let isSpaceByte = { (b: UInt8) in b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C }
        if let head = utf8.first, let tail = utf8.last, !isSpaceByte(head), !isSpaceByte(tail) { return self }
        let isSpace = { (c: Character) in c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0C}" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
