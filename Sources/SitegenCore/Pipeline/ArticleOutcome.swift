/// What phase 1 gives for one article file: the article (or `nil`, with errors among the
/// problems), its problems, and its body rendered to HTML.
///
/// Bodies are rendered as each file is loaded, on the loading workers, and the Markdown is let
/// go at once: holding every article's Markdown until a separate phase had rendered them all
/// was a third of the peak memory of a 50,000-article build. The article's ``Article/body`` is
/// empty from then on; messages that quote a body line read it from the file
/// (``BodyPlaces``).
struct ArticleOutcome: Sendable {
    var article: Article?
    var problems: [Diagnostic]
    /// `nil` when there is no article.
    var rendered: RenderedMarkdown?

    init(article: Article?, problems: [Diagnostic], rendered: RenderedMarkdown? = nil) {
        self.article = article
        self.problems = problems
        self.rendered = rendered
    }

    /// Renders the body, then lets the Markdown go; the HTML and plain text go into `spill`
    /// when there is one (``BodyFile``). Drafts are rendered too, though a build without
    /// `--drafts` leaves them out: they are few, and their cache entries then serve a build
    /// with `--drafts` as well.
    mutating func render(with renderer: MarkdownRenderer, spill: BodyFile? = nil) {
        guard let loaded = article else { return }
        var body = renderer.render(loaded.body)
        if let spill { body.spill(into: spill) }
        rendered = body
        article?.body = ""
    }
}
