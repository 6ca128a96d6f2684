import Foundation

/// Reads an image's width and height from its file header (PNG, GIF, JPEG, WebP), so pages can
/// give `<img width height>` and the text does not jump while images load. Unknown formats
/// (SVG, damaged files) give `nil`: the page is still correct, only without the sizes.
enum ImageDimensions {
    static func read(_ path: String) -> (width: Int, height: Int)? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: 256 * 1024) else { return nil }
        return parse([UInt8](data))
    }

    static func parse(_ b: [UInt8]) -> (width: Int, height: Int)? {
        func be16(_ i: Int) -> Int { Int(b[i]) << 8 | Int(b[i + 1]) }
        func be32(_ i: Int) -> Int { be16(i) << 16 | be16(i + 2) }
        func le16(_ i: Int) -> Int { Int(b[i]) | Int(b[i + 1]) << 8 }
        func le24(_ i: Int) -> Int { le16(i) | Int(b[i + 2]) << 16 }
        if b.count >= 24, b.starts(with: [0x89, 0x50, 0x4E, 0x47]) {
            return valid(be32(16), be32(20))
        }
        if b.count >= 10, b.starts(with: Array("GIF8".utf8)) {
            return valid(le16(6), le16(8))
        }
        if b.count >= 30, b.starts(with: Array("RIFF".utf8)), Array(b[8..<12]) == Array("WEBP".utf8) {
            switch String(decoding: b[12..<16], as: UTF8.self) {
            case "VP8 ": return valid(le16(26) & 0x3FFF, le16(28) & 0x3FFF)
            case "VP8L":
                let bits = Int(b[21]) | Int(b[22]) << 8 | Int(b[23]) << 16 | Int(b[24]) << 24
                return valid((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1)
            case "VP8X": return valid(le24(24) + 1, le24(27) + 1)
            default: return nil
            }
        }
        if b.count >= 4, b[0] == 0xFF, b[1] == 0xD8 {
            var i = 2
            while i + 9 < b.count {
                guard b[i] == 0xFF else { return nil }
                let marker = b[i + 1]
                if marker == 0xFF { i += 1; continue }
                let length = be16(i + 2)
                // SOF0-SOF15 hold the frame size; C4 (DHT), C8 (JPG) and CC (DAC) do not.
                if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                    return valid(be16(i + 7), be16(i + 5))
                }
                i += 2 + length
            }
        }
        return nil
    }

    private static func valid(_ width: Int, _ height: Int) -> (width: Int, height: Int)? {
        width > 0 && height > 0 ? (width, height) : nil
    }
}
