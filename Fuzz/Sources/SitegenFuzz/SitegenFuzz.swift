import Foundation
@testable import SitegenCore

/// One input, every stage a writer's file goes through: bytes to text (UTF-8, BOM, line ends),
/// front matter split and read (YAML, TOML or JSON by its first line), every field checked
/// against a small site, the body rendered by cmark-gfm, and the same text parsed as a template.
/// Any crash, hang or sanitizer report is a bug; diagnostics are the expected outcome.
enum Harness {
    static let siteRoot = URL(fileURLWithPath: "/nonexistent-sitegen-fuzz-site")

    static let config: SiteConfig = {
        let yaml = """
            title: Fuzz
            base_url: https://fuzz.example.se/
            kinds:
              - key: projekt
                singular: Projektberättelse
                plural: Projektberättelser
                schema: Event
            regions:
              - name: Kronoberg
                aliases: [Kronobergs län]
            """
        guard let config = SiteConfigLoader.load(SourceText(path: "site.yml", text: yaml)).0 else {
            fatalError("the harness's site.yml does not load")
        }
        return config
    }()

    static let loader = ArticleLoader(config: config, siteRoot: siteRoot)
    static let renderers = [MarkdownRenderer(options: MarkdownOptions(rawHTML: true, smartPunctuation: true)),
                            MarkdownRenderer(options: MarkdownOptions(rawHTML: false, smartPunctuation: false))]

    static func run(_ data: Data) {
        let source = ContentSource(relativePath: "content/fuzz/index.md", file: siteRoot.appendingPathComponent("content/fuzz/index.md"),
                                   defaultSlug: "fuzz", bundleFiles: [], isBundle: true)
        guard case .success(let text) = SourceText.decode(data, relativePath: source.relativePath) else { return }
        let (article, diagnostics) = loader.load(text, source: source)
        // Every problem found in a file has a place in that file.
        for diagnostic in diagnostics where diagnostic.location?.file != source.relativePath {
            fatalError("a diagnostic without a place in the file: \(diagnostic)")
        }
        let body = article?.body ?? text.text
        let rendered = renderers[data.count % 2].render(body)
        _ = DiagnosticFormatter(colours: false).format(Diagnostic(.error, at: SourceLocation(file: "x", line: 1, column: body.count % 300 + 1), "m", excerpt: body))
        _ = rendered.html.count
        _ = try? TemplateParser.parse(text.text)
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    Harness.run(Data(bytes: bytes, count: count))
    return 0
}

/// SwiftPM links every executable with its `main` renamed to `<Target>_main` (so tests can link
/// it), which leaves libFuzzer's own `main` out: this one hands over to libFuzzer's driver.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<Int32>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> Int32) -> Int32

@_cdecl("SitegenFuzz_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { bytes, size in fuzzOneInput(bytes, size) }
}
