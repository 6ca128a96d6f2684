import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The folder beside the output where a build writes everything before it is published.
///
/// Nothing touches the output folder until the build has succeeded; then ``publish()`` puts
/// the staged site in its place. A build that fails or is killed leaves only a
/// `.NAME.staging-PID` folder, which the next build removes.
///
/// The site replaced by a publish is kept as `.NAME.spare` and becomes the next build's staging
/// folder: it already holds most of the files, so a rebuild writes only pages that differ from
/// it, links those that equal the current site's, and deletes what no longer belongs. Making a
/// fresh folder of 17,000 folders and 19,000 files and removing the old one afterwards was most of
/// a 10,000-article rebuild's time on a real disk. The spare is never trusted: a file is kept only
/// when a manifest entry still describes it (hash, size, modification time and inode), every file
/// not written by this build is deleted, and a file is always replaced by unlinking it first,
/// never written through, because it may be a hard link to the published site's file.
public struct StagingFolder: Sendable {
    public let output: URL
    public let url: URL
    /// `url`'s path, made once.
    let path: String
    /// Files equal to the previous site's are linked, not written.
    let unchanged: UnchangedFiles
    /// What the spare folder held when it was set aside, if this build reuses it.
    let spare: OutputManifest?
    /// Whether this folder is a reused spare, which may hold files from earlier builds.
    let reused: Bool
    /// The new site's manifest, filled as files are written; saved at `manifestURL` once published.
    let recorder = ManifestRecorder()
    let manifestURL: URL?
    /// Held while this folder exists: no other build writes to the same output meanwhile.
    let lock: OutputLock

    /// Creates the staging folder (or takes over the spare), removing leftovers of earlier
    /// builds that did not finish. `manifest` is where the output folder's manifest is kept (see
    /// ``OutputManifest``), if anywhere; the spare's is kept beside it.
    /// `published`, when given, is what ``PublishedManifests/read(output:manifest:)`` read
    /// ahead for the same two folders.
    public static func create(for output: URL, manifest: URL? = nil,
                              published: PublishedManifests? = nil) throws(OutputError) -> StagingFolder {
        let output = output.standardizedFileURL
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        let fm = FileManager.default
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(parent.path, reason: error.localizedDescription)
        }
        let lock = try OutputLock.take(for: output)
        OutputSwap.recover(output)
        for leftover in (try? fm.contentsOfDirectory(atPath: parent.path)) ?? []
        where leftover.hasPrefix(".\(name).staging-") || leftover.hasPrefix(".\(name).previous-") {
            try? fm.removeItem(at: parent.appendingPathComponent(leftover))
        }
        let url = parent.appendingPathComponent(".\(name).staging-\(ProcessInfo.processInfo.processIdentifier)")
        var isDirectory: ObjCBool = false
        let previous = fm.fileExists(atPath: output.path, isDirectory: &isDirectory) && isDirectory.boolValue ? output : nil
        let manifests = published ?? manifest.map { PublishedManifests.read(output: output, manifest: $0) }
        let known = previous == nil ? nil : manifests?.output
        // Taking the spare is one rename: of two builds at once, only one gets it. It is taken
        // even when the output folder was deleted: every file in it is checked or replaced.
        let spareURL = spareFolder(of: output)
        let reused = rename(spareURL.path, url.path) == 0
        if !reused {
            do {
                try fm.createDirectory(at: url, withIntermediateDirectories: false)
            } catch {
                throw .cannotWrite(url.path, reason: error.localizedDescription)
            }
        }
        // The spare's manifest is the one its files were published with, moved aside with them
        // (``publish(durable:workers:)``): it names the output folder they were published in.
        let spare = reused ? manifests?.spare : nil
        return StagingFolder(output: output, url: url, path: url.path, unchanged: UnchangedFiles(previous: previous, manifest: known),
                             spare: spare, reused: reused, manifestURL: manifest, lock: lock)
    }

    /// The manifests of the published site and of the spare folder, which may be read before
    /// the staging folder is made: while the site is resolved, on one core, with the other idle.
    /// Parsing them (19,000 lines each) where the folder is made was a twentieth of a one-edit
    /// rebuild, with nothing else running. Read early, an entry is as safe as read late: none is
    /// trusted before the file on disk is found to be the one it describes.
    public struct PublishedManifests: Sendable {
        var output: OutputManifest?
        var spare: OutputManifest?

        /// The manifests kept at `manifest` (the output's) and beside it (the spare's), when
        /// they describe `output`.
        public static func read(output: URL, manifest: URL) -> PublishedManifests {
            let output = output.standardizedFileURL
            return PublishedManifests(output: OutputManifest.read(from: manifest, output: output),
                                      spare: OutputManifest.read(from: spareManifest(beside: manifest), output: output))
        }
    }

    /// `.NAME.spare`, beside the output folder.
    static func spareFolder(of output: URL) -> URL {
        output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).spare")
    }

    /// The spare folder's manifest, beside the output's: `output-KEY.spare.manifest`.
    static func spareManifest(beside manifest: URL) -> URL {
        manifest.deletingLastPathComponent()
            .appendingPathComponent(manifest.deletingPathExtension().lastPathComponent + ".spare.manifest")
    }

    /// Writes one file, given by its path inside the site (`regioner/kalmar/index.html`).
    /// `fingerprint` (``Fingerprints``) says what it was made from, for ``keep(_:fingerprint:)``
    /// in the next build; 0 for a file that is always made.
    public func write(_ data: Data, to relativePath: String, fingerprint: UInt64 = 0) throws(OutputError) {
        // Paths joined as text, as in `keep`: URL's appendingPathComponent was a fifth of
        // writing a page.
        let target = path + "/" + relativePath
        let hash = data.withUnsafeBytes { XXHash64.hash($0) }
        if reused, let entry = spare?.entries[relativePath], entry.hash == hash, entry.size == data.count,
           entry.describes(target) {
            recorder.record(relativePath, entry, fingerprint: fingerprint)
            return
        }
        try prepare(target)
        if let entry = unchanged.reuse(data, hash: hash, at: relativePath, for: target) {
            recorder.record(relativePath, entry, fingerprint: fingerprint)
            return
        }
        recorder.record(relativePath, try FileWriter.write(data, to: target, hash: hash), fingerprint: fingerprint)
    }

    /// Keeps the published site's file at `relativePath` if it was made from the same inputs
    /// (`fingerprint` equals the one recorded for it, and the file is still the one recorded):
    /// the staging folder then has it (the spare's copy, or a hard link to the published one)
    /// without it being made again. False when the file must be made and written.
    public func keep(_ relativePath: String, fingerprint: UInt64) -> Bool {
        // Paths joined as text: URL's appendingPathComponent was a third of this function's
        // time, which runs for every page of a rebuild.
        guard fingerprint != 0, let old = unchanged.manifest?.entries[relativePath], old.fingerprint == fingerprint,
              let previous = unchanged.previousPath else { return false }
        let target = path + "/" + relativePath
        // The spare's copy, when it still has the published bytes, is kept without looking at
        // the published file: one `lstat` per page instead of two.
        if reused, let entry = spare?.entries[relativePath], entry.hash == old.hash, entry.size == old.size,
           entry.describes(target) {
            recorder.record(relativePath, entry, fingerprint: fingerprint)
            recorder.countKept()
            return true
        }
        let published = previous + "/" + relativePath
        guard old.describes(published) else { return false }
        do { try prepare(target) } catch { return false }
        guard link(published, target) == 0 else { return false }
        recorder.record(relativePath, old, fingerprint: fingerprint)
        recorder.countKept()
        return true
    }

    /// Copies a file into the site, preserving nothing but its bytes.
    public func copy(_ source: String, to relativePath: String, fingerprint: UInt64 = 0) throws(OutputError) {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: source), options: .alwaysMapped)
        } catch {
            throw .cannotWrite(url.appendingPathComponent(relativePath).path, reason: error.localizedDescription)
        }
        try write(data, to: relativePath, fingerprint: fingerprint)
    }

    /// Makes room for a new file at `target`: its folder exists, and whatever a reused spare had
    /// there is gone (unlinked, so a hard link to the published site is never written through).
    private func prepare(_ target: String) throws(OutputError) {
        if let slash = target.utf8.lastIndex(of: UInt8(ascii: "/")) {
            try FileWriter.makeFolder(String(target[..<slash]))
        }
        guard reused else { return }
        if unlink(target) != 0, errno == EISDIR || errno == EPERM {
            try? FileManager.default.removeItem(atPath: target)
        }
    }

    /// The files whose bytes differ from the published site's, by their manifests: written
    /// with other bytes or new (with their hash), or not written at all (0); `nil` when the
    /// published site has no manifest to compare with.
    private func changes(_ recorded: OutputManifest) -> [String: UInt64]? {
        guard let old = unchanged.manifest?.entries else { return nil }
        let new = recorded.entries
        var changes: [String: UInt64] = [:]
        for (path, entry) in new where old[path]?.hash != entry.hash { changes[path] = entry.hash }
        for path in old.keys where new[path] == nil { changes[path] = 0 }
        return changes
    }

    /// Files kept from the published site so far, without being made again.
    public var keptFiles: Int { recorder.kept }

    /// Makes the staged site the output, once everything in it is on disk. `durable: false`
    /// skips waiting for the disk (a preview, which a crash may lose: the next build makes it
    /// again), never the atomic swap. Returns the files whose bytes differ from the site it
    /// replaced (``changes(_:)``).
    @discardableResult
    public func publish(durable: Bool = true, workers: Int = 1) throws(OutputError) -> [String: UInt64]? {
        // The new manifest's bytes and the changes need only what was recorded: they are made
        // while the spare's leftovers are swept. One after the other, the two were a tenth of
        // a one-edit rebuild, on one core.
        let recorded = recorder.manifest(for: output)
        let (_, (encoded, changed)) = ParallelMap.both({ if reused { removeFilesNotWritten(recorded.entries, workers: workers) } },
                                                       { (manifestURL == nil ? [] : recorded.bytes(), changes(recorded)) })
        if durable { FileWriter.flush(url) }
        let spareURL = Self.spareFolder(of: output)
        try? FileManager.default.removeItem(at: spareURL)
        let replaced = try OutputSwap.replace(output, with: url, keepingOldAt: spareURL)
        guard let manifestURL else { return changed }
        // The published site's manifest goes aside with its files, as the spare's: moved, not
        // written again (writing it was a twentieth of a rebuild after one edit, on one core).
        let spareManifestURL = Self.spareManifest(beside: manifestURL)
        if !(replaced && unchanged.manifest != nil && rename(manifestURL.path, spareManifestURL.path) == 0) {
            OutputManifest.remove(at: spareManifestURL)
        }
        OutputManifest.write(encoded, to: manifestURL)
        return changed
    }

    /// A reused spare still holds pages of earlier builds that this one did not write: they go,
    /// and so do the folders they leave empty. Only a folder that kept nothing is removed:
    /// trying every folder cost a failing `rmdir` for each of a 10,000-article site's 17,000.
    /// The folders two levels down (`nyheter/2021`, `amnen/export`) are swept on `workers`
    /// threads: opening each of the 17,000 on one core was most of `publish` after one edit.
    /// `written` is this build's manifest entries, by path.
    private func removeFilesNotWritten(_ written: [String: OutputManifest.Entry], workers: Int) {
        // The files of one folder that were not written go; returns whether one stayed, and
        // the folder's folders.
        @Sendable func sweep(_ relative: String) -> (holdsSomething: Bool, folders: [String]) {
            let folder = relative.isEmpty ? path : path + "/" + relative
            var holdsSomething = false
            var folders: [String] = []
            for (name, type) in FolderEntries.list(folder) {
                let child = relative.isEmpty ? name : relative + "/" + name
                var isFolder = type == UInt8(DT_DIR)
                if type == UInt8(DT_UNKNOWN) { // some file systems do not say
                    var info = stat()
                    isFolder = lstat(path + "/" + child, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
                }
                if isFolder {
                    folders.append(child)
                } else if written[child] != nil || unlink(path + "/" + child) != 0 {
                    holdsSomething = true
                }
            }
            return (holdsSomething, folders)
        }
        // Returns whether the folder still holds anything; a folder that could not be removed
        // still does.
        @Sendable func visit(_ relative: String) -> Bool {
            var (holdsSomething, folders) = sweep(relative)
            for child in folders where !visit(child) && rmdir(path + "/" + child) != 0 { holdsSomething = true }
            return holdsSomething
        }
        let (_, top) = sweep("")
        var topHolds = [Bool](repeating: false, count: top.count)
        var below: [(parent: Int, folder: String)] = []
        for (number, folder) in top.enumerated() {
            let (holdsSomething, folders) = sweep(folder)
            topHolds[number] = holdsSomething
            below += folders.map { (number, $0) }
        }
        // The largest first (by the files written in each): taken in the walk's order, a year's
        // 1,000 article folders came last and were swept on one core while the other idled.
        var sizes: [Substring: Int] = [:]
        for path in written.keys {
            var slashes = 0
            for index in path.utf8.indices where path.utf8[index] == UInt8(ascii: "/") {
                slashes += 1
                if slashes == 2 { sizes[path[..<index], default: 0] += 1; break }
            }
        }
        below.sort { sizes[Substring($0.folder), default: 0] > sizes[Substring($1.folder), default: 0] }
        let belowHolds = ParallelMap.map(below.map(\.folder), workers: workers) { visit($0) }
        for ((parent, folder), holdsSomething) in zip(below, belowHolds) {
            if holdsSomething || rmdir(path + "/" + folder) != 0 { topHolds[parent] = true }
        }
        for (number, folder) in top.enumerated() where !topHolds[number] { rmdir(path + "/" + folder) }
    }

    /// Throws the staged files away after a failed build; a reused spare is set aside again.
    public func discard() {
        if reused, rename(url.path, Self.spareFolder(of: output).path) == 0 { return }
        try? FileManager.default.removeItem(at: url)
    }
}

/// A problem writing the site, with the path concerned.
public enum OutputError: Error, Sendable, Equatable {
    case cannotWrite(String, reason: String)
    case cannotReplace(String, reason: String)
    /// Another build is writing to this output folder.
    case busy(String)

    public var diagnostic: Diagnostic {
        switch self {
        case let .cannotWrite(path, reason):
            return .error("cannot write '\(path)': \(reason)", at: nil,
                          hint: "check that the disk is not full and that you may write to the output folder; the previous site is unchanged")
        case let .busy(path):
            return .error("another sitegen build is writing '\(path)' right now", at: nil,
                          hint: "wait for it to finish and build again, or build into another folder with --output")
        case let .cannotReplace(path, reason):
            return .error("cannot replace the site in '\(path)': \(reason)", at: nil,
                          hint: "check the permissions of the output folder and the folder that holds it")
        }
    }
}
