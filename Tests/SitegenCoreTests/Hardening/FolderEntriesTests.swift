import Foundation
import Testing
@testable import SitegenCore

/// `FolderEntries` lists folders with `readdir` for the content walk, the spare site and the
/// preview's watcher.
struct FolderEntriesTests {
    /// Every name length a file system allows, Swedish letters, a subfolder: the listing is
    /// Foundation's, with the types `readdir` gives.
    @Test func listsWhatFoundationLists() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-entries-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for length in 1...255 {
            let stem = String(repeating: length % 3 == 0 ? "å" : "a", count: length % 3 == 0 ? length / 2 : length)
            try Data().write(to: folder.appendingPathComponent(stem))
        }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Östergötland"), withIntermediateDirectories: false)

        let listed = FolderEntries.list(folder.path)
        let expected = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(listed.map(\.name).sorted() == expected.sorted())
        #expect(listed.filter { $0.type == UInt8(DT_DIR) }.map(\.name) == ["Östergötland"])
        #expect(listed.filter { $0.type == UInt8(DT_REG) }.count == expected.count - 1)
        #expect(FolderEntries.list(folder.appendingPathComponent("saknas").path).isEmpty)
    }

    /// An entry is only as long as its name (`d_reclen`), not `dirent`'s full size. Here a
    /// short one ends a page and the next page is unreadable, as when glibc's buffer ends a
    /// mapping: reading it must touch only its own bytes (copying the whole struct crashed a
    /// build of 10,000 articles).
    @Test func readsAnEntryThatEndsAPage() throws {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let mapped = try #require(mmap(nil, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0))
        try #require(mapped != MAP_FAILED)
        defer { munmap(mapped, 2 * page) }
        try #require(mprotect(mapped + page, page, PROT_NONE) == 0)

        let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
        let length = (nameOffset + 4 + 7) / 8 * 8 // "Åre" and its NUL, rounded as the kernel does
        let start = mapped + page - length
        start.initializeMemory(as: UInt8.self, repeating: 0, count: length)
        start.storeBytes(of: UInt16(length), toByteOffset: MemoryLayout<dirent>.offset(of: \dirent.d_reclen)!, as: UInt16.self)
        start.storeBytes(of: UInt8(DT_REG), toByteOffset: MemoryLayout<dirent>.offset(of: \dirent.d_type)!, as: UInt8.self)
        for (index, byte) in "Åre".utf8.enumerated() {
            start.storeBytes(of: byte, toByteOffset: nameOffset + index, as: UInt8.self)
        }

        let entry = FolderEntries.read(start.assumingMemoryBound(to: dirent.self))
        #expect(entry.name == "Åre")
        #expect(entry.type == UInt8(DT_REG))
    }
}
