import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What a reused spare may hold that the new site must not: before anything is written, links
/// (``removeLinks(under:spare:changed:workers:)``); once everything is written, the files of
/// earlier builds that this one did not write (``removeFilesNotWritten(_:folders:leftovers:workers:)``).
/// Both go by the spare's folder stamps (``FolderStamp``): only folders that changed since the
/// spare was published are listed.
extension StagingFolder {
    /// Before anything is written into a reused spare: symbolic links, and anything else that
    /// is neither a file nor a folder, go, so that no write and no sweep follows a link out of
    /// the staging folder. A link put into the published site by hand (a folder replaced by a
    /// link to one elsewhere) came back in the spare two builds later; pages were then written,
    /// and files not written removed, in the folder it led to.
    /// A folder still as stamped holds only what a build put there, and is not looked at; every
    /// other stamped folder is listed (after one edit, a few), and a folder no stamp names is
    /// gone through whole, as is the whole spare when it has no stamps. Shallow folders first:
    /// a folder replaced by a link changed the one above it, which is cleaned before anything
    /// under the link is listed, so no listing goes through a link either.
    /// `changed` are the spare's stamped folders that are not as stamped.
    static func removeLinks(under root: String, spare: OutputManifest?, changed: [String], workers: Int) {
        // Without the site folder's own stamp (as the sweep, ``removeFilesNotWritten(_:folders:leftovers:workers:)``),
        // every folder is gone through.
        let known = spare?.folders[""] != nil ? spare?.folders ?? [:] : [:]
        @Sendable func clean(_ relative: String) {
            for (name, type) in FolderEntries.list(relative.isEmpty ? root : root + "/" + relative) {
                let child = relative.isEmpty ? name : relative + "/" + name
                var type = type
                if type == UInt8(DT_UNKNOWN) { // some file systems do not say
                    var info = stat()
                    guard lstat(root + "/" + child, &info) == 0 else { continue }
                    switch info.st_mode & S_IFMT {
                    case S_IFDIR: type = UInt8(DT_DIR)
                    case S_IFREG: type = UInt8(DT_REG)
                    default: type = UInt8(DT_LNK)
                    }
                }
                switch type {
                case UInt8(DT_REG): continue
                case UInt8(DT_DIR): if known[child] == nil { clean(child) }
                default: unlink(root + "/" + child)
                }
            }
        }
        let changed = known.isEmpty ? [""] : changed
        let byDepth = Dictionary(grouping: changed) { folder in folder.isEmpty ? 0 : folder.utf8.count { $0 == UInt8(ascii: "/") } + 1 }
        for depth in byDepth.keys.sorted() {
            _ = ParallelMap.map(byDepth[depth]!, workers: workers) { clean($0) }
        }
    }

    /// A reused spare still holds pages of earlier builds that this one did not write: they go,
    /// and so do the folders they leave empty. `written` is this build's manifest entries, by
    /// path, and `folders` the folders that hold them (``SiteFolders/holding(_:)``). A folder
    /// where something could not be removed is noted in `leftovers`: it is not stamped.
    func removeFilesNotWritten(_ written: PathTable<OutputManifest.Entry>, folders: Set<String>,
                               leftovers: Leftovers, workers: Int) {
        if let spare, spare.folders[""] != nil {
            removeFilesNotWritten(written, folders: folders, spare: spare, leftovers: leftovers, workers: workers)
        } else {
            sweepEveryFolder(written, leftovers: leftovers, workers: workers)
        }
    }

    /// The sweep of a spare with folder stamps. In a folder still as stamped, the files the
    /// spare's manifest lists there and this build did not write are unlinked by name; only
    /// the other folders are listed (after one edit, the few the last build changed).
    private func removeFilesNotWritten(_ written: PathTable<OutputManifest.Entry>, folders: Set<String>,
                                       spare: OutputManifest, leftovers: Leftovers, workers: Int) {
        // Every file the spare's manifest lists was written or kept again (an edit that adds
        // no address and removes none, the usual rebuild): none of them goes, and none of its
        // folders is left without files, since they are the folders that held its files
        // (``SiteFolders/holding(_:)``, stamped when it was published). Looking each of 19,000
        // files and 17,000 folders up among this build's was a fiftieth of a one-edit rebuild's
        // samples, at its end.
        let everyFileAgain = recorder.spareFiles == spare.entries.count
        // On all workers: looking each of the spare's 19,000 files up among those written was
        // the last hundredth of a second of a one-edit rebuild, on one core (`perf`, by time).
        if !everyFileAgain {
            _ = ParallelMap.slices(Array(spare.entries.keys), workers: workers) { files in
                for file in files where written[file] == nil {
                    let folder = SiteFolders.parent(of: file)
                    guard unchangedFolders.contains(folder) else { continue }
                    recorder.touch(folder)
                    if unlink(path + "/" + file) != 0, errno != ENOENT { leftovers.note(folder) }
                }
            }
        }
        let known = spare.folders
        _ = ParallelMap.map(changedFolders, workers: workers) { folder in
            let full = folder.isEmpty ? path : path + "/" + folder
            for (name, type) in FolderEntries.list(full) {
                let child = folder.isEmpty ? name : folder + "/" + name
                if Self.isFolder(type, path + "/" + child) {
                    // Stamped folders are swept by their own stamps; one no stamp names was
                    // made by hand or by a stopped build, and is swept whole.
                    if known[child] == nil, !sweepWhole(child, written, leftovers), rmdir(path + "/" + child) != 0 {
                        leftovers.note(folder)
                    }
                } else {
                    _ = stays(child, in: folder, written, leftovers)
                }
            }
            return true
        }
        // The spare's folders this build wrote nothing into, deepest first.
        guard !everyFileAgain else { return }
        var gone = ParallelMap.slices(Array(known.keys), workers: workers) { part in part.filter { !folders.contains($0) } }.flatMap { $0 }
        gone.sort { $0.utf8.count > $1.utf8.count }
        for folder in gone {
            let parent = SiteFolders.parent(of: folder)
            recorder.touch(parent)
            if rmdir(path + "/" + folder) != 0 && errno != ENOENT { leftovers.note(parent) }
        }
    }

    /// Whether the entry of type `type` (`d_type`) at `full` is a folder; `lstat` where the
    /// file system does not say.
    private static func isFolder(_ type: UInt8, _ full: String) -> Bool {
        guard type == UInt8(DT_UNKNOWN) else { return type == UInt8(DT_DIR) }
        var info = stat()
        return lstat(full, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Sweeps the folder `relative` and everything under it by listing: what this build did not
    /// write goes, and so do folders left empty. Returns whether the folder still holds
    /// anything.
    private func sweepWhole(_ relative: String, _ written: PathTable<OutputManifest.Entry>, _ leftovers: Leftovers) -> Bool {
        var holdsSomething = false
        for (name, type) in FolderEntries.list(path + "/" + relative) {
            let child = relative + "/" + name
            if Self.isFolder(type, path + "/" + child) {
                if sweepWhole(child, written, leftovers) {
                    holdsSomething = true
                } else if rmdir(path + "/" + child) != 0 {
                    holdsSomething = true
                    leftovers.note(relative)
                }
            } else if stays(child, in: relative, written, leftovers) {
                holdsSomething = true
            }
        }
        return holdsSomething
    }

    /// Unlinks the file `child` of the folder `relative` unless this build wrote it; whether it
    /// is still there (written, or it could not be removed: then noted in `leftovers`).
    private func stays(_ child: String, in relative: String, _ written: PathTable<OutputManifest.Entry>,
                       _ leftovers: Leftovers) -> Bool {
        if written[child] != nil { return true }
        guard unlink(path + "/" + child) != 0 else { return false }
        leftovers.note(relative)
        return true
    }

    /// The sweep of a spare without folder stamps (the first reuse, or a manifest made by an
    /// older sitegen): every folder is listed. Only a folder that kept nothing is removed:
    /// trying every folder cost a failing `rmdir` for each of a 10,000-article site's 17,000.
    /// The folders two levels down (`nyheter/2021`, `amnen/export`) are swept on `workers`
    /// threads: opening each of the 17,000 on one core was most of `publish` after one edit.
    private func sweepEveryFolder(_ written: PathTable<OutputManifest.Entry>, leftovers: Leftovers, workers: Int) {
        // The files of one folder that were not written go; returns whether one stayed, and
        // the folder's folders, which the caller sweeps (``sweepWhole(_:_:_:)`` below the top
        // two levels).
        @Sendable func sweep(_ relative: String) -> (holdsSomething: Bool, folders: [String]) {
            let folder = relative.isEmpty ? path : path + "/" + relative
            var holdsSomething = false
            var folders: [String] = []
            for (name, type) in FolderEntries.list(folder) {
                let child = relative.isEmpty ? name : relative + "/" + name
                if Self.isFolder(type, path + "/" + child) {
                    folders.append(child)
                } else if stays(child, in: relative, written, leftovers) {
                    holdsSomething = true
                }
            }
            return (holdsSomething, folders)
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
        let belowHolds = ParallelMap.map(below.map(\.folder), workers: workers) { sweepWhole($0, written, leftovers) }
        for ((parent, folder), holdsSomething) in zip(below, belowHolds) {
            if holdsSomething || rmdir(path + "/" + folder) != 0 {
                topHolds[parent] = true
                if !holdsSomething { leftovers.note(top[parent]) }
            }
        }
        for (number, folder) in top.enumerated() where !topHolds[number] && rmdir(path + "/" + folder) != 0 { leftovers.note("") }
    }

    /// The folders where a sweep left something it should have removed, or that hold a file
    /// the manifest cannot name, and the folders above them, noted from all workers. None of
    /// them is stamped: a folder left behind that no longer holds a written file is not
    /// stamped either, and is found only by listing the folder above it.
    final class Leftovers: @unchecked Sendable {
        private var noted: Set<String> = []
        private let lock = NSLock()

        func note(_ folder: String) {
            lock.withLock {
                var folder = folder
                while noted.insert(folder).inserted, !folder.isEmpty { folder = SiteFolders.parent(of: folder) }
            }
        }

        var folders: Set<String> { lock.withLock { noted } }
    }
}
