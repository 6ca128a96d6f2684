import Foundation
import Testing
@testable import SitegenCore

/// The theme compiled into `sitegen init` is the repository's `templates/` and `static/`, byte for
/// byte. `SITEGEN_RECORD=1 swift test --filter DefaultTheme` writes `DefaultTheme+Files.swift`
/// anew from them (and fails, so a recording is never mistaken for a pass).
@Suite struct DefaultThemeTests {
    static let generated = TestPaths.packageRoot.appendingPathComponent("Sources/SitegenCore/Scaffold/DefaultTheme+Files.swift")

    /// The repository's theme files, by site path, sorted; the sample site's own files left out.
    static func repositoryFiles() throws -> [(path: String, data: Data)] {
        var files: [(String, Data)] = []
        for folder in ["templates", "static"] {
            let root = TestPaths.packageRoot.appendingPathComponent(folder)
            let enumerator = try #require(FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]))
            for case let url as URL in enumerator {
                guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
                let path = folder + "/" + url.path.dropFirst(root.path.count + 1)
                if DefaultTheme.sampleSiteOnly.contains(where: { path.hasPrefix($0) }) { continue }
                if url.lastPathComponent.hasPrefix(".") { continue }
                files.append((path, try Data(contentsOf: url)))
            }
        }
        return files.sorted { $0.0 < $1.0 }
    }

    @Test("The embedded theme is templates/ and static/ byte for byte, with no file more or less")
    func embeddedEqualsRepository() throws {
        let files = try Self.repositoryFiles()
        if ProcessInfo.processInfo.environment["SITEGEN_RECORD"] == "1" {
            try Self.source(for: files).write(to: Self.generated, atomically: true, encoding: .utf8)
            Issue.record("re-recorded \(Self.generated.lastPathComponent); run the tests again without SITEGEN_RECORD")
            return
        }
        let hint = "re-generate it: SITEGEN_RECORD=1 swift test --filter DefaultTheme"
        #expect(DefaultTheme.files.map(\.path) == files.map(\.path), "\(hint)")
        for (path, data) in files {
            let embedded = DefaultTheme.files.first { $0.path == path }
            #expect(embedded?.data == data, "\(path) differs from its embedded copy; \(hint)")
        }
        #expect(files.contains { $0.path == "templates/i18n/sv.yml" })
        #expect(files.contains { $0.path == "static/js/sok.js" })
        #expect(!files.contains { $0.path.hasPrefix("static/bilder/") })
    }

    /// The Swift source holding `files`.
    static func source(for files: [(path: String, data: Data)]) -> String {
        var out = """
            // Generated from templates/ and static/ by DefaultThemeTests: do not edit.
            // Re-generate with: SITEGEN_RECORD=1 swift test --filter DefaultTheme
            // swiftlint:disable all

            extension DefaultTheme {
                static let embeddedFiles: [EmbeddedFile] = [

            """
        for (path, data) in files {
            if let text = String(data: data, encoding: .utf8), isLiteralSafe(text) {
                var hashes = "#"
                while text.contains("\"\"\"" + hashes) || text.contains("\\" + hashes) { hashes += "#" }
                out += "        EmbeddedFile(\(quoted(path)), text: \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes)),\n"
            } else {
                out += "        EmbeddedFile(\(quoted(path)), base64: \"\(data.base64EncodedString())\"),\n"
            }
        }
        return out + "    ]\n}\n"
    }

    /// A raw multi-line literal holds the text exactly when it has no control characters but
    /// tab and newline (a carriage return would be read as a line break).
    static func isLiteralSafe(_ text: String) -> Bool {
        !text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || $0.value == 0x7F }
    }

    static func quoted(_ path: String) -> String {
        "\"" + path.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    @Test("Text that needs base64 or more hashes is recognised")
    func literalSafety() {
        #expect(Self.isLiteralSafe("a\tb\nc"))
        #expect(!Self.isLiteralSafe("a\r\nb"))
        let source = Self.source(for: [("x.txt", Data("\"\"\"#\n".utf8)), ("y.bin", Data([0, 1, 2]))])
        #expect(source.contains("text: ##\"\"\"\n\"\"\"#\n\n\"\"\"##"))
        #expect(source.contains("base64: \"AAEC\""))
    }
}
