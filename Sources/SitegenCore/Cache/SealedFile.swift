import Foundation

/// How the build's small state files are framed and replaced: a magic, the body, and an XXH64
/// of both, so a cut or damaged file is recognised and ignored; written to a temporary file that
/// is renamed into place, so a reader sees a whole file or the one before.
enum SealedFile {
    /// A writer that starts with `magic`.
    static func writer(magic: [UInt8], capacity: Int = 0) -> BinaryWriter {
        var writer = BinaryWriter(capacity: capacity + magic.count + 8)
        for byte in magic { writer.write(byte) }
        return writer
    }

    /// The body of a file that starts with `magic` and ends with the right hash; nil otherwise.
    static func body(of buffer: UnsafeRawBufferPointer, magic: [UInt8]) -> UnsafeRawBufferPointer? {
        guard buffer.count >= magic.count + 8, buffer.starts(with: magic) else { return nil }
        let sealed = UnsafeRawBufferPointer(rebasing: buffer[..<(buffer.count - 8)])
        var check = BinaryReader(UnsafeRawBufferPointer(rebasing: buffer[(buffer.count - 8)...]))
        guard (try? check.readUInt64()) == XXHash64.hash(sealed) else { return nil }
        return UnsafeRawBufferPointer(rebasing: sealed[magic.count...])
    }

    /// Seals what `writer` holds and puts it at `url`. A file that cannot be written costs the
    /// next build time, never its result, so failure is only reported.
    /// Consumes `writer`: sealing a copy copied every byte first (the output manifest's 2 MB,
    /// on one core at the end of every build).
    @discardableResult
    static func write(_ writer: consuming BinaryWriter, to url: URL) -> Bool {
        writer.write(XXHash64.hash(writer.bytes))
        return replace(url, with: writer.bytes)
    }

    /// Puts `bytes` at `url` through a temporary file renamed into place, making the folder.
    /// Written from the array itself: a `Data` copy of it doubled the memory a big file took.
    static func replace(_ url: URL, with bytes: [UInt8]) -> Bool {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            _ = try FileWriter.write(bytes, to: temporary.path)
            guard rename(temporary.path, url.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
            return true
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            return false
        }
    }
}
