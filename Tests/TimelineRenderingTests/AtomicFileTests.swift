import Foundation
import Testing
@testable import TimelineRendering

@Suite("AtomicFile")
struct AtomicFileTests {
    /// A fresh directory for one test.
    static func directory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-file-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func entries(_ directory: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    }

    @Test("a new file gets the whole text and no temporary file is left")
    func create() throws {
        let dir = try Self.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("report.md")
        try AtomicFile.write("# Floods\n", to: target)
        #expect(try String(contentsOf: target, encoding: .utf8) == "# Floods\n")
        #expect(try Self.entries(dir) == ["report.md"])
        let mode = try FileManager.default.attributesOfItem(atPath: target.path)[.posixPermissions] as? Int
        #expect(mode == Int(0o666 & ~AtomicFile.processUmask()), "the mode of a new file, not mkstemp's 0600")
    }

    @Test("an existing file is replaced whole by a new file, not rewritten in place")
    func replace() throws {
        let dir = try Self.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("report.md")
        try String(repeating: "old report line\n", count: 10_000).write(to: target, atomically: false, encoding: .utf8)
        let before = try FileManager.default.attributesOfItem(atPath: target.path)[.systemFileNumber] as? Int
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: target.path)
        try AtomicFile.write("new\n", to: target)
        #expect(try String(contentsOf: target, encoding: .utf8) == "new\n")
        #expect(try FileManager.default.attributesOfItem(atPath: target.path)[.posixPermissions] as? Int == 0o640, "keeps its mode")
        let after = try FileManager.default.attributesOfItem(atPath: target.path)[.systemFileNumber] as? Int
        #expect(before != nil && before != after, "a rename gives the path a new inode; an in-place rewrite would keep it")
        #expect(try Self.entries(dir) == ["report.md"])
    }

    @Test("a reader never sees half a report while reports are rewritten")
    func readersSeeWholeFiles() async throws {
        let dir = try Self.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("report.md")
        let a = String(repeating: "a", count: 1_000_000)
        let b = String(repeating: "b", count: 1_500_000)
        try AtomicFile.write(a, to: target)
        let path = target.path
        let (dataA, dataB) = (Data(a.utf8), Data(b.utf8))
        let reader = Task.detached { () -> [Int] in
            var badSizes: [Int] = []
            for _ in 0..<300 {
                guard let data = FileManager.default.contents(atPath: path) else {
                    badSizes.append(-1)
                    continue
                }
                if data != dataA && data != dataB { badSizes.append(data.count) }
            }
            return badSizes
        }
        for round in 0..<40 { try AtomicFile.write(round % 2 == 0 ? b : a, to: target) }
        let bad = await reader.value
        #expect(bad.isEmpty, "reads of a missing or partial file: sizes \(bad.prefix(10))")
    }

    @Test("a failed replace names the file, leaves the target as it was and no temporary file behind")
    func failedReplace() throws {
        let dir = try Self.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("report.md")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
        try "keep".write(to: target.appendingPathComponent("inside.txt"), atomically: false, encoding: .utf8)
        #expect {
            try AtomicFile.write("new", to: target)
        } throws: { error in
            guard let error = error as? RenderingError, case .cannotReplace = error.reason else { return false }
            return error.file == target.path && error.description.hasPrefix(target.path + ": cannot replace it: ")
        }
        #expect(try Self.entries(dir) == ["report.md"])
        #expect(try String(contentsOf: target.appendingPathComponent("inside.txt"), encoding: .utf8) == "keep")
    }

    @Test("a missing directory is a clear error and creates nothing")
    func missingDirectory() throws {
        let dir = try Self.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("no/such/dir/report.md")
        #expect {
            try AtomicFile.write("x", to: target)
        } throws: { error in
            guard let error = error as? RenderingError, case .cannotCreateTemporaryFile = error.reason else { return false }
            return error.description == target.path + ": cannot create a temporary file beside it: No such file or directory"
        }
        #expect(try Self.entries(dir).isEmpty)
    }

    @Test("a full disk fails the write, names the file, and leaves the old report whole")
    func fullDisk() throws {
        let dir = try Self.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("report.md")
        try AtomicFile.write("old report", to: target)
        // write(2) as on a full disk: the first call takes part of the bytes, the next fails with ENOSPC.
        var calls = 0
        #expect {
            try AtomicFile.write(Data(String(repeating: "new ", count: 10_000).utf8), to: target) { _, _, count in
                calls += 1
                if calls == 1 { return min(count, 4096) }
                errno = ENOSPC
                return -1
            }
        } throws: { error in
            guard let error = error as? RenderingError, case .cannotWrite = error.reason else { return false }
            return error.description == target.path + ": cannot write: No space left on device"
        }
        #expect(calls == 2)
        #expect(try String(contentsOf: target, encoding: .utf8) == "old report")
        #expect(try Self.entries(dir) == ["report.md"], "the temporary file is removed")
    }

    @Test("a writer's pieces land in the target only at commit, whole")
    func writerPieces() throws {
        let dir = try Self.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("events.json")
        try AtomicFile.write("old", to: target)
        let file = try AtomicFile.Writer(target)
        try file.append("[\n")
        try file.append(Data("  1,\n  2".utf8))
        #expect(try String(contentsOf: target, encoding: .utf8) == "old", "nothing replaced before commit")
        #expect(try Self.entries(dir).count == 2, "the temporary file sits beside the target")
        try file.append("\n]\n")
        try file.commit()
        #expect(try String(contentsOf: target, encoding: .utf8) == "[\n  1,\n  2\n]\n")
        #expect(try Self.entries(dir) == ["events.json"])
        #expect(throws: RenderingError.self) { try file.append("more") }
    }

    @Test("a writer dropped before commit leaves the target as it was and no temporary file")
    func writerAbandoned() throws {
        let dir = try Self.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("events.csv")
        try AtomicFile.write("old", to: target)
        do {
            let file = try AtomicFile.Writer(target)
            try file.append("half an export")
        }
        #expect(try String(contentsOf: target, encoding: .utf8) == "old")
        #expect(try Self.entries(dir) == ["events.csv"])
    }

    @Test("a full disk in the middle of a streamed file names the file and leaves the old one whole")
    func writerFullDisk() throws {
        let dir = try Self.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("events.json")
        try AtomicFile.write("old export", to: target)
        var calls = 0
        let file = try AtomicFile.Writer(target) { _, _, count in
            calls += 1
            if calls <= 2 { return count }
            errno = ENOSPC
            return -1
        }
        try file.append("piece 1")
        try file.append("piece 2")
        #expect {
            try file.append("piece 3")
        } throws: { error in
            guard let error = error as? RenderingError, case .cannotWrite = error.reason else { return false }
            return error.description == target.path + ": cannot write: No space left on device"
        }
        #expect(throws: RenderingError.self) { try file.commit() }
        #expect(try String(contentsOf: target, encoding: .utf8) == "old export")
        #expect(try Self.entries(dir) == ["events.json"], "the temporary file is removed at the failure")
    }
}
