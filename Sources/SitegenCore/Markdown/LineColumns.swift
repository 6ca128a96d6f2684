/// Turns cmark-gfm's source positions into the columns messages use.
///
/// cmark-gfm gives a node's start as a line and a byte column (`Första [länk]` puts the `[` at
/// byte 9 but character 8). Messages count characters, as an editor does, so the column is the
/// number of characters before the byte on its line, plus one. The line starts are found once per
/// body, on its first use.
struct LineColumns {
    private let bytes: [UInt8]
    private var lineStarts: [Int] = []

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// The character column (from 1) of byte column `byteColumn` (from 1) on line `line` (from 1).
    mutating func column(line: Int, byteColumn: Int) -> Int {
        if lineStarts.isEmpty { lineStarts = Self.lineStarts(bytes) }
        guard line >= 1, line <= lineStarts.count, byteColumn > 1 else { return max(1, byteColumn) }
        let start = lineStarts[line - 1]
        let end = min(bytes.count, start + byteColumn - 1)
        guard start <= end else { return byteColumn }
        // Continuation bytes (10xxxxxx) belong to the character before them.
        return bytes[start..<end].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
    }

    /// Where each line starts. The line breaks are found with `memchr`, many bytes at a time:
    /// looked at a byte at a time, every body with a heading or a link was walked whole, 0.8% of
    /// a cold 10,000-article build (`perf`, 2026-11-27).
    static func lineStarts(_ bytes: [UInt8]) -> [Int] {
        var starts = [0]
        bytes.withUnsafeBufferPointer { buffer in
            var offset = 0
            while let newline = buffer.index(ofByte: 0x0A, from: offset) {
                offset = newline + 1
                starts.append(offset)
            }
        }
        return starts
    }
}
