/// Reading time, table of contents and where to read on, for the article page.
enum ReadingAids {
    /// Words per minute of an ordinary reader of Swedish news prose.
    static let wordsPerMinute = 200
    /// An article gets a table of contents from this many h2 and h3 headings on.
    static let tocMinimumHeadings = 3

    /// "4 min läsning"; at least one minute.
    static func readingTime(words: Int, _ t: Translations = .swedish) -> String {
        t.text("readingTime", ["minutes": String(max(1, Int((Double(words) / Double(wordsPerMinute)).rounded())))])
    }

    /// h2s with their h3s; `nil` when the article has too few headings to need one.
    static func tableOfContents(_ headings: [RenderedMarkdown.Heading]) -> [TocItemView]? {
        let relevant = headings.filter { $0.level == 2 || $0.level == 3 }
        guard relevant.count >= tocMinimumHeadings else { return nil }
        var items: [TocItemView] = []
        for heading in relevant {
            let item = TocItemView(text: heading.text, id: heading.id, children: [], hasChildren: false)
            if heading.level == 3, !items.isEmpty {
                items[items.count - 1].children.append(item)
                items[items.count - 1].hasChildren = true
            } else {
                items.append(item)
            }
        }
        return items
    }
}
