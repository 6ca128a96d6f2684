import Foundation

/// Warnings about what makes an article hard to read with a screen reader, or in lists: images
/// without alternative text, skipped heading levels, links whose text says nothing, and no
/// summary. Warnings, not errors: the page still works, but not for everyone.
enum AccessibilityLint {
    /// `summary` is the one lists show: the writer's, else the text before `<!--more-->`, else
    /// the first paragraph.
    /// Body lines quoted in messages are read from the article's file in `siteRoot`.
    static func problems(_ article: Article, _ body: RenderedMarkdown, summary: String, siteRoot: URL? = nil) -> [ContentProblem] {
        let places = BodyPlaces(article: article, siteRoot: siteRoot)
        var problems: [ContentProblem] = []
        func warn(_ kind: ContentProblem.Kind, line: Int, column: Int, destination: String? = nil, _ message: String, hint: String) {
            problems.append(ContentProblem(kind: kind, article: article.sourcePath, destination: destination,
                                           diagnostic: places.diagnostic(.warning, line: line, column: column, message, hint: hint)))
        }
        for reference in body.references {
            let text = reference.text.trimmingASCIIWhitespace()
            switch reference.kind {
            case .image where text.isEmpty:
                warn(.imageWithoutAlt, line: reference.line, column: reference.column, destination: reference.destination,
                     "the image '\(reference.destination)' has no alternative text",
                     hint: "write what the picture shows between the brackets, e.g. ![Två personer vid en svarv](\(reference.destination)): screen readers read it aloud, and it is shown when the picture cannot be")
            case .link where text.isEmpty:
                warn(.emptyLinkText, line: reference.line, column: reference.column, destination: reference.destination,
                     "the link has no text",
                     hint: "write where the link leads between the brackets, e.g. [rapporten om exporten](\(reference.destination)): screen readers read the text, not the address")
            case .link where LinkText.isVague(text):
                warn(.vagueLinkText, line: reference.line, column: reference.column, destination: reference.destination,
                     "the link text '\(text)' does not say where the link leads",
                     hint: "write what the reader finds there, e.g. [läs rapporten om exporten](\(reference.destination)): screen-reader users often hear a page's links without the text around them")
            default:
                break
            }
        }
        var previous = 1
        for heading in body.headings {
            if heading.level > previous + 1 {
                let marks = String(repeating: "#", count: heading.level)
                let before = previous == 1 ? "the article's title, which is the page's '#'" : "'\(String(repeating: "#", count: previous))'"
                let instead = String(repeating: "#", count: previous + 1)
                warn(.skippedHeading, line: heading.line, column: heading.column,
                     "the heading skips a level: '\(marks)' follows \(before)",
                     hint: "make it '\(instead)': screen-reader users move through a page by its heading levels, and a skipped level sounds like a missing section")
            }
            previous = heading.level
        }
        if summary.trimmingASCIIWhitespace().isEmpty {
            problems.append(ContentProblem(kind: .noSummary, article: article.sourcePath, destination: nil, diagnostic: .warning(
                "the article has no summary: no 'summary' field and no paragraph to take one from",
                at: SourceLocation(file: article.sourcePath),
                hint: "add a line summary: with one or two sentences about the article; lists, feeds, search results and search engines show it")))
        }
        return problems
    }
}
