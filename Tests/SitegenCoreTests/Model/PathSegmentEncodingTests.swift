import Foundation
import Testing
@testable import SitegenCore

/// Path segments are percent-encoded exactly as Foundation does with the same set of characters.
@Suite struct PathSegmentEncodingTests {
    /// RFC 3986's unreserved characters and the sub-delimiters a segment may hold, written out
    /// here rather than taken from the code under test.
    static let foundationSet = CharacterSet(charactersIn:
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$'()*+,;=:@")

    @Test func encodesAsFoundationDoes() {
        var random = SeededGenerator(seed: 5)
        // Every ASCII character, and letters, marks and emoji beyond it.
        let pieces = (0..<128).map { String(UnicodeScalar(UInt8($0))) } + ["å", "Ö", "é", "ß", "€", "🇸🇪", "\u{301}", "\u{FEFF}", "%", "%20"]
        for piece in pieces {
            #expect(PathSegmentEncoding.encode(piece) == piece.addingPercentEncoding(withAllowedCharacters: Self.foundationSet),
                    "\(piece.debugDescription)")
        }
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 0..<8, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            #expect(PathSegmentEncoding.encode(text) == text.addingPercentEncoding(withAllowedCharacters: Self.foundationSet),
                    "\(text.debugDescription)")
        }
        #expect(PathSegmentEncoding.encode("bild å.jpg") == "bild%20%C3%A5.jpg")
    }
}
