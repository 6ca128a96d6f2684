import Foundation
import Testing
@testable import SitegenCore

/// A preview build (`sitegen serve`) marks drafts and scheduled articles; a build to publish
/// never does, and leaves the preview's state alone.
@Suite struct PreviewNoticeTests {
    static let files = [
        "content/utkast.md": "---\ntitle: Ett utkast\ndate: 2020-02-01\nkind: projekt\nregions: [Kronoberg]\ndraft: true\n---\n\nText.\n",
        "content/senare.md": "---\ntitle: Kommer sedan\ndate: 2020-03-01\npublish_date: 2026-12-01\nkind: projekt\nregions: [Kronoberg]\n---\n\nText.\n",
    ]

    static func previewOptions(_ site: TestSite) -> BuildOptions {
        var options = BuildOptions(source: site.root, output: site.root.appendingPathComponent("preview"), includeDrafts: true,
                                   workers: 2, now: TestSite.now, includeFuture: true)
        options.preview = true
        return options
    }

    @Test func draftsAndScheduledArticlesSaySoInAPreview() async throws {
        let site = try TestSite(fixture: "tiny", files: Self.files)
        defer { site.cleanUp() }
        _ = try await Build(options: Self.previewOptions(site)).run()
        let preview = site.root.appendingPathComponent("preview")
        let draft = try site.output("nyheter/2020/utkast/index.html", in: preview)
        #expect(draft.contains(#"<p class="notice notice--preview" role="note"><strong>Utkast – visas bara i förhandsvisningen</strong></p>"#))
        let scheduled = try site.output("nyheter/2020/senare/index.html", in: preview)
        #expect(scheduled.contains("<strong>Schemalagd: publiceras 1 december 2026</strong>"))
        let published = try site.output("nyheter/2020/ok/index.html", in: preview)
        #expect(!published.contains("notice--preview"))
        // The preview keeps its own manifest and leaves next-change.json to sitegen build.
        #expect(FileManager.default.fileExists(atPath: OutputManifest.location(source: site.root, output: preview).path))
        #expect(!FileManager.default.fileExists(atPath: OutputManifest.location(source: site.root, output: site.output).path))
        #expect(!FileManager.default.fileExists(atPath: NextChangeFile.url(in: site.root).path))
        #expect(!FileManager.default.fileExists(atPath: ReportFile.url(in: site.root).path))
    }

    @Test func aBuildWithDraftsAndFutureButNoPreviewHasNoNotice() async throws {
        let site = try TestSite(fixture: "tiny", files: Self.files)
        defer { site.cleanUp() }
        _ = try await site.build(drafts: true, future: true)
        for page in ["nyheter/2020/utkast/index.html", "nyheter/2020/senare/index.html", "nyheter/2020/ok/index.html"] {
            #expect(try !site.output(page).contains("notice--preview"), "\(page)")
        }
    }
}
