import Foundation
import Testing
@testable import SitegenCore

/// When a build may trust a file's stamp instead of reading it.
@Suite struct FileStampTests {
    static let second: Int64 = 1_000_000_000

    static func stamp(modified: Int64, changed: Int64? = nil, taken: Int64, size: Int64 = 100) -> FileStamp {
        FileStamp(device: 1, inode: 2, size: size, modified: modified, changed: changed ?? modified, taken: taken)
    }

    @Test func aFileJustWrittenIsNotSettled() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("stamp-\(UUID().uuidString).md")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data("text".utf8).write(to: file)
        let stamp = try #require(FileStamp.of(file.path))
        #expect(stamp.size == 4)
        #expect(!stamp.isSettled)
        #expect(!stamp.vouches(for: stamp), "an unsettled stamp vouches for nothing, not even itself")
        #expect(FileStamp.of(file.path + ".saknas") == nil)
    }

    @Test func aSettledStampVouchesOnlyForTheSameFileUnchanged() {
        let old = Self.stamp(modified: 100 * Self.second, taken: 103 * Self.second)
        #expect(old.isSettled)
        let now = Self.stamp(modified: 100 * Self.second, taken: 500 * Self.second)
        #expect(old.vouches(for: now))
        var other = now
        for change in [{ (s: inout FileStamp) in s.size += 1 }, { $0.modified += 1 }, { $0.changed += 1 }, { $0.inode += 1 }, { $0.device += 1 }] {
            other = now
            change(&other)
            #expect(!old.vouches(for: other))
        }
    }

    @Test func aStampTakenSoonAfterAChangeIsNotTrusted() {
        // Changed one second before the stamp: a second change within the same clock tick
        // could leave the same stamp, so the file is read next time.
        #expect(!Self.stamp(modified: 100 * Self.second, taken: 101 * Self.second).isSettled)
        // The status change counts too (chmod, a rename over the file).
        #expect(!Self.stamp(modified: 10 * Self.second, changed: 100 * Self.second, taken: 101 * Self.second).isSettled)
    }
}
