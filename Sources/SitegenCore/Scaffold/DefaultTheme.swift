import Foundation

/// The default theme as `sitegen init` writes it: the repository's `templates/` and `static/`,
/// compiled into the binary.
///
/// Why a generated Swift file (`DefaultTheme+Files.swift`) rather than SwiftPM resources: a
/// resource must live under its target's folder, so `templates/` would have to move or be
/// copied there; and on Linux resources are a bundle folder beside the executable, which an
/// installed `sitegen` (copied to /usr/local/bin) would lose. A Swift file keeps the binary whole.
/// It cannot drift: `DefaultThemeTests` compares it with `templates/` and `static/` byte for byte
/// and fails until it is re-generated with `SITEGEN_RECORD=1 swift test --filter DefaultTheme`.
/// `Translations.swedish` reads its words from the embedded `templates/i18n/sv.yml`.
///
/// The generated file is long (the whole theme as text), but it has one job and no logic: it is
/// data, written by the test and never edited by hand.
public enum DefaultTheme {
    /// Folders of the repository's `static/` that belong to the sample site, not to the theme:
    /// `bilder/` holds Industrinytt's share image, which a new site must not present as its own.
    public static let sampleSiteOnly = ["static/bilder/"]

    /// Every embedded file, by its path in a site folder.
    public static var files: [EmbeddedFile] { embeddedFiles }
}

/// One file of the default theme: text kept as text (readable in diffs), anything else as base64.
public struct EmbeddedFile: Sendable {
    public let path: String
    let text: String?
    let base64: String?

    init(_ path: String, text: String) {
        self.path = path
        self.text = text
        base64 = nil
    }

    init(_ path: String, base64: String) {
        self.path = path
        text = nil
        self.base64 = base64
    }

    public var data: Data {
        if let text { return Data(text.utf8) }
        return Data(base64Encoded: base64 ?? "") ?? Data()
    }
}
