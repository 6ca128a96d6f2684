import Foundation

/// A fresh folder beside the output where a build writes everything before it is published.
///
/// Nothing touches the output folder until the build has succeeded; then ``publish()`` puts
/// the staged site in its place. A build that fails or is killed leaves only a
/// `.NAME.staging-PID` folder, which the next build removes.
public struct StagingFolder: Sendable {
    public let output: URL
    public let url: URL
    /// Files equal to the previous site's are linked, not written.
    let unchanged: UnchangedFiles
    /// The new site's manifest, filled as files are written; saved at `manifestURL` once published.
    let recorder = ManifestRecorder()
    let manifestURL: URL?

    /// Creates the staging folder, removing leftovers of earlier builds that did not finish.
    /// `manifest` is where the output folder's manifest is kept (see ``OutputManifest``), if anywhere.
    public static func create(for output: URL, manifest: URL? = nil) throws(OutputError) -> StagingFolder {
        let output = output.standardizedFileURL
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        let fm = FileManager.default
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(parent.path, reason: error.localizedDescription)
        }
        OutputSwap.recover(output)
        for leftover in (try? fm.contentsOfDirectory(atPath: parent.path)) ?? []
        where leftover.hasPrefix(".\(name).staging-") || leftover.hasPrefix(".\(name).previous-") {
            try? fm.removeItem(at: parent.appendingPathComponent(leftover))
        }
        let url = parent.appendingPathComponent(".\(name).staging-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try fm.createDirectory(at: url, withIntermediateDirectories: false)
        } catch {
            throw .cannotWrite(url.path, reason: error.localizedDescription)
        }
        var isDirectory: ObjCBool = false
        let previous = fm.fileExists(atPath: output.path, isDirectory: &isDirectory) && isDirectory.boolValue ? output : nil
        let known = previous.flatMap { previous in manifest.flatMap { OutputManifest.read(from: $0, output: previous) } }
        return StagingFolder(output: output, url: url, unchanged: UnchangedFiles(previous: previous, manifest: known),
                             manifestURL: manifest)
    }

    /// Writes one file, given by its path inside the site (`regioner/kalmar/index.html`).
    public func write(_ data: Data, to relativePath: String) throws(OutputError) {
        let target = url.appendingPathComponent(relativePath)
        try FileWriter.makeFolder(target.deletingLastPathComponent().path)
        let hash = data.withUnsafeBytes { ContentHash.hash($0) }
        if let entry = unchanged.reuse(data, hash: hash, at: relativePath, for: target) {
            recorder.record(relativePath, entry)
            return
        }
        recorder.record(relativePath, try FileWriter.write(data, to: target.path, hash: hash))
    }

    /// Copies a file into the site, preserving nothing but its bytes.
    public func copy(_ source: String, to relativePath: String) throws(OutputError) {
        let target = url.appendingPathComponent(relativePath)
        do {
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            if !unchanged.reuse(copyOf: source, at: relativePath, for: target) {
                try FileManager.default.copyItem(atPath: source, toPath: target.path)
            }
            let data = try Data(contentsOf: target, options: .alwaysMapped)
            recorder.record(relativePath, .stat(target.path, hash: data.withUnsafeBytes { ContentHash.hash($0) }))
        } catch {
            throw .cannotWrite(target.path, reason: error.localizedDescription)
        }
    }

    /// Makes the staged site the output, once everything in it is on disk.
    public func publish() throws(OutputError) {
        FileWriter.flush(url)
        try OutputSwap.replace(output, with: url)
        if let manifestURL { recorder.manifest(for: output).write(to: manifestURL) }
    }

    /// Throws the staged files away after a failed build.
    public func discard() {
        try? FileManager.default.removeItem(at: url)
    }
}

/// A problem writing the site, with the path concerned.
public enum OutputError: Error, Sendable, Equatable {
    case cannotWrite(String, reason: String)
    case cannotReplace(String, reason: String)

    public var diagnostic: Diagnostic {
        switch self {
        case let .cannotWrite(path, reason):
            return .error("cannot write '\(path)': \(reason)", at: nil,
                          hint: "check that the disk is not full and that you may write to the output folder; the previous site is unchanged")
        case let .cannotReplace(path, reason):
            return .error("cannot replace the site in '\(path)': \(reason)", at: nil,
                          hint: "check the permissions of the output folder and the folder that holds it")
        }
    }
}
