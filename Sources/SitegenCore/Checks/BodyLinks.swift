import Foundation

/// Makes the links of rendered bodies fit the site: a link to an article's file
/// (`../2020/rapport.md#resultat`) gets that article's address, and an address from the site's
/// root (`/regioner/kronoberg/`) becomes relative to the page, so both work under any base path
/// and when the site is opened from disk. Links that lead nowhere are left as written (the
/// checks report them), and so is everything else.
///
/// Done on the HTML after the markdown phase rather than while cmark-gfm renders: a body's
/// rendering is kept in the build cache by the article's own bytes, while where its links lead
/// depends on the other articles, whose slugs and dates may change without it. The HTML is
/// walked with the feeds' scanner, so links written in raw HTML are made to fit the same way.
enum BodyLinks {
    /// Each body whose HTML changed goes into `spill` again, when there is one (``BodyFile``).
    static func rewrite(_ bodies: [RenderedMarkdown], targets: SiteTargets, workers: Int = 1,
                        spill: BodyFile? = nil) -> [RenderedMarkdown] {
        ParallelMap.map(Array(bodies.indices), workers: workers) { number in
            var body = rewrite(bodies[number], of: number, targets: targets)
            if let spill, !body.htmlText.isStored { body.spill(into: spill) }
            return body
        }
    }

    /// The body of the article numbered `number` in the index.
    static func rewrite(_ body: RenderedMarkdown, of number: Int, targets: SiteTargets) -> RenderedMarkdown {
        guard body.mayHaveSiteLinks else { return body }
        var rewritten = body
        // Its bytes, not a `String` of them, which checked them first (``BodyText/utf8``).
        rewritten.html = rewrite(body.htmlText.utf8, LinkResolver(targets: targets, number: number))
        return rewritten
    }

    /// Cheap test first: most bodies link only to the web and their own files. True when the
    /// HTML has `.md` or a `/` right after `"`, `'` or `=`; one pass over the bytes, made as the
    /// body is rendered (``RenderedMarkdown/mayHaveSiteLinks``).
    static func mayNeedRewriting(_ html: String) -> Bool {
        var html = html
        return html.withUTF8(mayNeedRewriting)
    }

    /// HTML as UTF-8 bytes, as ``MarkdownRenderer`` makes it.
    static func mayNeedRewriting(_ html: [UInt8]) -> Bool {
        html.withUnsafeBufferPointer(mayNeedRewriting)
    }

    /// The candidates found with `memchr`, which reads many bytes at a time: a `switch` on every
    /// byte of every body was 1.5% of a cold build of 10,000 articles (`perf`, 2026-11-27).
    private static func mayNeedRewriting(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 2 else { return false }
        func next(_ byte: UInt8, from start: Int, before end: Int) -> Int? {
            bytes.index(ofByte: byte, from: start, before: end)
        }
        // A `/` right after `"`, `'` or `=`.
        var index = 1
        while let slash = next(UInt8(ascii: "/"), from: index, before: bytes.count) {
            let before = bytes[slash - 1]
            if before == UInt8(ascii: "\"") || before == UInt8(ascii: "'") || before == UInt8(ascii: "=") { return true }
            index = slash + 1
        }
        // `.md`.
        index = 0
        while let dot = next(UInt8(ascii: "."), from: index, before: bytes.count - 2) {
            if bytes[dot + 1] == UInt8(ascii: "m"), bytes[dot + 2] == UInt8(ascii: "d") { return true }
            index = dot + 1
        }
        return false
    }

    static func rewrite(_ html: [UInt8], _ resolver: LinkResolver) -> String {
        var scanner = HTMLScanner(utf8: html)
        var output: [UInt8] = []
        output.reserveCapacity(html.count + 64)
        while let byte = scanner.peek() {
            if byte == UInt8(ascii: "<") {
                scanner.copyTag(into: &output) { name, value in
                    guard name == "href" || name == "src", let decoded = HTMLAttribute.decode(value),
                          let address = resolver.rewritten(decoded.trimmingASCIIWhitespace()) else { return nil }
                    return HTMLAttribute.encode(address)
                }
            } else {
                output.append(byte)
                scanner.advance()
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
