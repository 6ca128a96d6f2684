import Foundation

/// A source file's text, checked to be UTF-8 and with line endings made `\n`.
public struct SourceText: Sendable {
    /// Relative to the site folder: `content/2019/mote.md`.
    public let path: String
    public let text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// Reads and checks a file. A UTF-8 byte-order mark is dropped; CRLF and CR become LF.
    public static func read(file: URL, relativePath: String) -> Result<SourceText, Diagnostic> {
        readBytes(file: file, relativePath: relativePath).flatMap { decode($0, relativePath: relativePath) }
    }

    /// The file's bytes as they are, for ``decode(_:relativePath:)`` (and the build cache's key).
    public static func readBytes(file: URL, relativePath: String) -> Result<Data, Diagnostic> {
        do {
            return .success(try Data(contentsOf: file))
        } catch {
            return .failure(.error(
                "the file cannot be read", at: SourceLocation(file: relativePath),
                hint: "check that it exists and that you may read it"))
        }
    }

    public static func decode(_ data: Data, relativePath: String) -> Result<SourceText, Diagnostic> {
        var bytes = [UInt8](data)
        // Offsets in messages count the file's bytes, so a dropped byte-order mark is added back.
        var bomLength = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes.removeFirst(3)
            bomLength = 3
        }
        // Notepad's "Unicode" is UTF-16, whose byte-order mark is not a NUL but is followed by many.
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return .failure(.error(
                "the file is saved as UTF-16 (it starts with a UTF-16 byte-order mark); sitegen reads UTF-8",
                at: SourceLocation(file: relativePath),
                hint: "save the file as UTF-8 (in most editors: Save As, Encoding: UTF-8)"))
        }
        if let nul = firstIndex(of: 0, in: bytes) {
            let (line, column) = position(ofByte: nul, in: bytes)
            return .failure(.error(
                "the file contains a NUL byte (offset \(nul + bomLength)); it looks like a binary file, not text",
                at: SourceLocation(file: relativePath, line: line, column: column),
                hint: "an article must be a plain-text Markdown file saved as UTF-8"))
        }
        guard let decoded = String(validating: bytes, as: UTF8.self) else {
            let offset = firstInvalidByte(in: bytes)
            let (line, column) = position(ofByte: offset, in: bytes)
            let byte = String(format: "0x%02X", bytes[offset])
            return .failure(.error(
                "the file is not valid UTF-8: byte \(byte) at offset \(offset + bomLength) is not part of a UTF-8 character",
                at: SourceLocation(file: relativePath, line: line, column: column),
                hint: "save the file as UTF-8 (in most editors: Save As, Encoding: UTF-8); text saved as Latin-1 or Windows-1252 shows this for å, ä and ö"))
        }
        guard firstIndex(of: 0x0D, in: bytes) != nil else { return .success(SourceText(path: relativePath, text: decoded)) }
        return .success(SourceText(path: relativePath, text: String(decoding: unixLineEnds(bytes), as: UTF8.self)))
    }

    /// Where `byte` first is in `bytes`, found with `memchr`, which reads many bytes at a time:
    /// `firstIndex(of:)` and `contains` went a byte at a time over every file, twice, 0.8% of a
    /// cold build of 10,000 articles (`perf`, 2026-11-27).
    static func firstIndex(of byte: UInt8, in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { $0.index(ofByte: byte) }
    }

    /// CRLF and lone CR become LF, on the bytes: CR is ASCII and never inside a UTF-8 sequence.
    /// (Foundation's `contains("\r")` bridged every file to NSString and searched it as UTF-16:
    /// about 40% of the load phase on 10,000 articles.)
    static func unixLineEnds(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            guard byte == 0x0D else {
                out.append(byte)
                continue
            }
            out.append(0x0A)
            if index < bytes.count, bytes[index] == 0x0A { index += 1 }
        }
        return out
    }

    static func firstInvalidByte(in bytes: [UInt8]) -> Int {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .error: return offset
            case .emptyInput: return max(0, bytes.count - 1)
            }
        }
    }

    /// Line and column (in characters of the valid text before it) of a byte offset.
    static func position(ofByte offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        let before = bytes[..<offset]
        let lineStart = (before.lastIndex(of: 0x0A).map { $0 + 1 }) ?? 0
        let line = before.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1
        return (line, column)
    }

    /// The text of line `number` (from 1), for excerpts under messages.
    public func line(_ number: Int) -> String? {
        var current = 1
        var start = text.startIndex
        while current < number {
            guard let newline = text[start...].firstIndex(of: "\n") else { return nil }
            start = text.index(after: newline)
            current += 1
        }
        let end = text[start...].firstIndex(of: "\n") ?? text.endIndex
        return String(text[start..<end])
    }
}
