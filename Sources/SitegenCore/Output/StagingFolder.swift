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
/// never written through, because it may be a hard link to the published site's file. Which
/// files the spare holds is known from its manifest only in folders whose modification time and
/// inode are still as they were stamped when it was published (``FolderStamp``); every other
/// folder is listed.
public struct StagingFolder: Sendable {
    public let output: URL
    public let url: URL
    /// `url`'s path, made once.
    let path: String
    /// The folder, held open: files in it are looked at by their paths from it.
    let root: OpenFolder?
    /// Files equal to the previous site's are linked, not written.
    let unchanged: UnchangedFiles
    /// What the spare folder held when it was set aside, if this build reuses it.
    let spare: OutputManifest?
    /// Whether this folder is a reused spare, which may hold files from earlier builds.
    let reused: Bool
    /// The spare's folders that are still as stamped (``FolderStamp``), checked before this
    /// build wrote anything: each holds only the files `spare` lists in it and the folders
    /// stamped under it.
    let unchangedFolders: PathTable<FolderStamp>
    /// The spare's stamped folders (``OutputManifest/folders``) that are not as stamped: they
    /// may hold anything, and are listed.
    let changedFolders: [String]
    /// The new site's manifest, filled as files are written; saved at `manifestURL` once published.
    let recorder = ManifestRecorder()
    let manifestURL: URL?
    /// Held while this folder exists: no other build writes to the same output meanwhile.
    let lock: OutputLock

    /// Creates the staging folder (or takes over the spare), removing leftovers of earlier
    /// builds that did not finish. `manifest` is where the output folder's manifest is kept (see
    /// ``OutputManifest``), if anywhere; the spare's is kept beside it.
    /// `published`, when given, is what ``PublishedManifests/read(output:manifest:)`` read
    /// ahead for the same two folders. The spare's folders are checked on `workers` threads.
    public static func create(for output: URL, manifest: URL? = nil, published: PublishedManifests? = nil,
                              workers: Int = 1) throws(OutputError) -> StagingFolder {
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
        // A spare that is not a folder of its own (a link put in its place, or the output
        // folder was a link when it was set aside) is not taken: writing into it would write,
        // and sweeping it would delete, wherever it leads.
        let spareIdentity = FolderIdentity.read(spareURL.path)
        if spareIdentity == nil { unlink(spareURL.path) }
        let reused = spareIdentity != nil && rename(spareURL.path, url.path) == 0
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
        // Checked before anything is written (each write changes its folder's time): while the
        // manifests were read, if the spare has not been renamed since, or now.
        let (unchangedFolders, changedFolders): (PathTable<FolderStamp>, [String])
        if spare != nil, let early = manifests?.spareFolders, early.identity == spareIdentity {
            (unchangedFolders, changedFolders) = (early.unchanged, early.changed)
        } else {
            (unchangedFolders, changedFolders) = spare.map { SiteFolders.unchanged($0.folders, under: url.path, workers: workers) } ?? ([:], [])
        }
        if reused { removeLinks(under: url.path, spare: spare, changed: changedFolders, workers: workers) }
        let staging = StagingFolder(output: output, url: url, path: url.path, root: OpenFolder(url.path),
                                    unchanged: UnchangedFiles(previous: previous, manifest: known), spare: spare, reused: reused,
                                    unchangedFolders: unchangedFolders, changedFolders: changedFolders, manifestURL: manifest,
                                    lock: lock)
        staging.recorder.reserve(max(known?.entries.count ?? 0, spare?.entries.count ?? 0))
        return staging
    }

    /// The manifests of the published site and of the spare folder, which may be read before
    /// the staging folder is made: while the site is resolved, on one core, with the other idle.
    /// Parsing them (19,000 entries each) where the folder is made was a twentieth of a one-edit
    /// rebuild, with nothing else running. Read early, an entry is as safe as read late: none is
    /// trusted before the file on disk is found to be the one it describes.
    public struct PublishedManifests: Sendable {
        var output: OutputManifest?
        var spare: OutputManifest?
        /// The spare's folders still as stamped, when they were checked ahead
        /// (``readAhead(output:manifest:)``), and which folder the spare was then.
        var spareFolders: (identity: FolderIdentity, unchanged: PathTable<FolderStamp>, changed: [String])?

        /// The manifests kept at `manifest` (the output's) and beside it (the spare's), when
        /// they describe `output`.
        public static func read(output: URL, manifest: URL) -> PublishedManifests {
            let output = output.standardizedFileURL
            return PublishedManifests(output: OutputManifest.read(from: manifest, output: output, folders: false),
                                      spare: OutputManifest.read(from: spareManifest(beside: manifest), output: output))
        }

        /// ``read(output:manifest:)``, and the spare's folders checked against their stamps
        /// on this thread, while the site is resolved on another: 17,000 `fstatat` calls were a
        /// twentieth of a one-edit rebuild, made where both cores had work. The check is used
        /// only if the spare is still the folder it was, not renamed since (a build that took
        /// it and gave it back after a failure changed its folders): ``create(for:manifest:published:workers:)``
        /// compares the folder's identity, with the output locked, just before taking it.
        public static func readAhead(output: URL, manifest: URL) -> PublishedManifests {
            var manifests = read(output: output, manifest: manifest)
            let spareURL = spareFolder(of: output.standardizedFileURL)
            guard let spare = manifests.spare, !spare.folders.isEmpty,
                  let before = FolderIdentity.read(spareURL.path) else { return manifests }
            let (unchanged, changed) = SiteFolders.unchanged(spare.folders, under: spareURL.path, workers: 1)
            if FolderIdentity.read(spareURL.path) == before { manifests.spareFolders = (before, unchanged, changed) }
            return manifests
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
    /// Any contiguous bytes: a page's rendered `[UInt8]` is written as it is, not copied into a
    /// `Data` first (17,000 pages, 425 MB, at 10,000 articles).
    public func write(_ data: some ContiguousBytes, to relativePath: String, fingerprint: UInt64 = 0) throws(OutputError) {
        // Paths joined as text, as in `keep`: URL's appendingPathComponent was a fifth of
        // writing a page.
        let target = path + "/" + relativePath
        let (hash, count) = data.withUnsafeBytes { (XXHash64.hash($0), $0.count) }
        let spared = reused ? spare?.entries[relativePath] : nil
        if let entry = spared, entry.hash == hash, entry.size == count, describes(entry, relativePath) {
            recorder.record(relativePath, entry, fingerprint: fingerprint, inSpare: true)
            return
        }
        try prepare(target)
        touch(relativePath)
        if let entry = unchanged.reuse(data, hash: hash, at: relativePath, for: target) {
            recorder.record(relativePath, entry, fingerprint: fingerprint, inSpare: spared != nil)
            return
        }
        recorder.record(relativePath, try FileWriter.write(data, to: target, hash: hash), fingerprint: fingerprint,
                        inSpare: spared != nil)
    }

    /// Keeps the published site's file at `relativePath` if it was made from the same inputs
    /// (`fingerprint` equals the one recorded for it, and the file is still the one recorded):
    /// the staging folder then has it (the spare's copy, or a hard link to the published one)
    /// without it being made again. False when the file must be made and written.
    public func keep(_ relativePath: String, fingerprint: UInt64) -> Bool {
        var kept = KeptFiles()
        defer { record(kept) }
        return keep(relativePath, fingerprint: fingerprint, into: &kept)
    }

    /// Files kept by ``keep(_:fingerprint:into:)`` and not yet in the new manifest: a worker
    /// keeping many pages records them together (``record(_:)``), under one lock.
    public struct KeptFiles: Sendable {
        fileprivate var files: [(path: String, entry: OutputManifest.Entry, inSpare: Bool)] = []
        public init() {}
    }

    /// ``keep(_:fingerprint:)``, the kept file noted in `kept` instead of recorded: it is in
    /// the new manifest once `kept` is given to ``record(_:)``, which must happen before the
    /// site is published.
    public func keep(_ relativePath: String, fingerprint: UInt64, into kept: inout KeptFiles) -> Bool {
        // Paths joined as text: URL's appendingPathComponent was a third of this function's
        // time, which runs for every page of a rebuild.
        guard fingerprint != 0, var old = unchanged.manifest?.entries[relativePath], old.fingerprint == fingerprint,
              let previous = unchanged.previousPath else { return false }
        // The spare's copy, when it still has the published bytes, is kept without looking at
        // the published file: one `lstat` per page instead of two.
        let spared = reused ? spare?.entries[relativePath] : nil
        if var entry = spared, entry.hash == old.hash, entry.size == old.size, describes(entry, relativePath) {
            entry.fingerprint = fingerprint
            kept.files.append((relativePath, entry, true))
            return true
        }
        let target = path + "/" + relativePath
        let published = previous + "/" + relativePath
        guard old.describes(published) else { return false }
        do { try prepare(target) } catch { return false }
        touch(relativePath)
        guard link(published, target) == 0 else { return false }
        old.fingerprint = fingerprint
        kept.files.append((relativePath, old, spared != nil))
        return true
    }

    /// Puts the files `kept` noted into the new manifest.
    public func record(_ kept: KeptFiles) {
        recorder.record(kept: kept.files)
    }

    /// Whether `entry` describes this folder's file at `relativePath`, looked at from ``root``
    /// (by its whole path if the folder could not be held open).
    private func describes(_ entry: OutputManifest.Entry, _ relativePath: String) -> Bool {
        guard let root else { return entry.describes(path + "/" + relativePath) }
        return entry.describes(relativePath, in: root)
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

    /// Notes that the folder of the file at `relativePath` changed: its stamp is read again when
    /// the site is published. Only a spare's unchanged folders keep their stamps, so only they
    /// are noted.
    private func touch(_ relativePath: String) {
        guard !unchangedFolders.isEmpty else { return }
        recorder.touch(SiteFolders.parent(of: relativePath))
    }

    /// Makes room for a new file at `target`: its folder exists, and whatever a reused spare had
    /// there is gone (unlinked, so a hard link to the published site is never written through).
    private func prepare(_ target: String) throws(OutputError) {
        if let slash = target.utf8.lastIndex(of: UInt8(ascii: "/")) {
            try FileWriter.makeFolder(String(target[..<slash]))
        }
        guard reused else { return }
        guard unlink(target) != 0 else { return }
        switch errno {
        case EISDIR, EPERM: try? FileManager.default.removeItem(atPath: target)
        case ENOTDIR: try makeWay(for: target)
        default: break
        }
    }

    /// The spare holds a file, or a link, where `target` needs a folder (a file of `static/`
    /// whose address is now an article's): it goes, and the folders are made. Making the
    /// folders had stopped at the name, taken for a folder that exists, and every build then
    /// stopped at "Not a directory" until the spare was deleted.
    private func makeWay(for target: String) throws(OutputError) {
        var current = path
        for name in target.dropFirst(path.count + 1).split(separator: "/").dropLast() {
            current += "/" + name
            var info = stat()
            guard lstat(current, &info) == 0 else { break }
            guard (info.st_mode & S_IFMT) != S_IFDIR else { continue }
            unlink(current)
            touch(String(current.dropFirst(path.count + 1)))
            break
        }
        if let slash = target.utf8.lastIndex(of: UInt8(ascii: "/")) {
            try FileWriter.makeFolder(String(target[..<slash]))
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
    /// replaced (``changes(_:)``); `nil` without `reportingChanges`.
    @discardableResult
    public func publish(durable: Bool = true, workers: Int = 1, reportingChanges: Bool = true) throws(OutputError) -> [String: UInt64]? {
        // The new manifest's bytes and the changes need only what was recorded: they are made
        // while the spare's leftovers are swept. One after the other, the two were a tenth of
        // a one-edit rebuild, on one core.
        let recorded = recorder.manifest(for: output)
        let leftovers = Leftovers()
        var (encoded, changed): (BinaryWriter, [String: UInt64]?)
        let needed: Set<String>
        (needed, (encoded, changed)) = ParallelMap.both({ () -> Set<String> in
            // The spare's files again, every one and no other (the usual rebuild): the spare's
            // folders, which its manifest stamped when it was published (``SiteFolders/holding(_:)``
            // of the same files). Found from the 19,000 paths, a new string for each folder,
            // they were the longest part of publishing after one edit, on one core (`perf`).
            let needed: Set<String>
            if let spare, spare.folders[""] != nil, recorder.spareFiles == spare.entries.count,
               recorded.entries.count == spare.entries.count {
                needed = Set(spare.folders.keys)
            } else {
                needed = SiteFolders.holding(recorded.entries.keys)
            }
            if reused { removeFilesNotWritten(recorded.entries, folders: needed, leftovers: leftovers, workers: workers) }
            return needed
        }, { (manifestURL == nil ? BinaryWriter() : recorded.encoded(), reportingChanges ? changes(recorded) : nil) })
        // Stamped once nothing more changes in them; the build after next sweeps by these.
        if manifestURL != nil {
            OutputManifest.append(folders: SiteFolders.stamps(needed, under: path, kept: keptStamps(needed, workers: workers),
                                                              doubtful: leftovers.folders, workers: workers), to: &encoded)
        }
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
        OutputManifest.write(consume encoded, to: manifestURL)
        return changed
    }

    /// The stamps of the spare's folders that nothing changed, before or during this build,
    /// among `folders` (the new site's): they need not be read again. A folder made by this
    /// build changed the one above it.
    private func keptStamps(_ folders: Set<String>, workers: Int) -> @Sendable (String) -> FolderStamp? {
        guard let spare, !unchangedFolders.isEmpty else { return { _ in nil } }
        var touched = PathTable<Void>()
        for folder in recorder.touchedFolders { touched[folder] = () }
        // The folders new in this build, looked for on all workers (17,000 lookups).
        for made in ParallelMap.slices(Array(folders), workers: workers, { part in
            part.filter { spare.folders[$0] == nil && !$0.isEmpty }
        }) {
            for folder in made { touched[SiteFolders.parent(of: folder)] = () }
        }
        return { [unchangedFolders, touched] folder in
            touched.contains(folder) ? nil : unchangedFolders[folder]
        }
    }

    /// Throws the staged files away after a failed build; a reused spare is set aside again.
    public func discard() {
        if reused, rename(url.path, Self.spareFolder(of: output).path) == 0 { return }
        try? FileManager.default.removeItem(at: url)
    }
}
