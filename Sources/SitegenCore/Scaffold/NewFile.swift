import Foundation

/// Writes a file that must not exist yet, making its folders. The check and the creation are one
/// step (`O_EXCL`), so not even a file that appears between them is overwritten.
public enum NewFile {
    public enum Failure: Error, Sendable, Equatable {
        case exists
        case cannotWrite(String)
    }

    public static func write(_ data: Data, to url: URL) -> Result<Void, Failure> {
        let fm = FileManager.default
        if fm.fileExists(atPath: url.path) { return .failure(.exists) }
        do {
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url, options: .withoutOverwriting)
            return .success(())
        } catch {
            if fm.fileExists(atPath: url.path) { return .failure(.exists) }
            return .failure(.cannotWrite((error as NSError).localizedDescription))
        }
    }
}
