import ArticleReader
import Foundation
import GRDB
import Testing
import TimelineStore
import TimelineTestSupport

#if canImport(Glibc)
import Glibc

// Linux only: the tree holds a link to /proc/self/mem, and files are written with Glibc calls.
/// `timeline ingest` on a directory mixing good articles with every bad input of issue 7: each bad
/// one named on stderr with its reason, every good one stored, status 1, and nothing half-written.
@Suite("timeline ingest on bad inputs (end to end)", .enabled(if: TimelineBinary.isBuilt))
struct BadInputEndToEndTests {
    /// Size of the single-line article, in MB. The whole pipeline (reading, normalizing, extracting,
    /// storing) runs at about 0.5 MB/s in a debug build, and the test ingests the tree twice, so CI
    /// uses 1 MB; the reader alone reads 10 MB in `LargeInputTests`. `TIMELINE_LONG_LINE_MB=10` runs
    /// the size of issue 7 end to end.
    static let longLineMB = Int(ProcessInfo.processInfo.environment["TIMELINE_LONG_LINE_MB"] ?? "") ?? 1
    /// Size of the oversized article, in MB: rejected by its size without being read, so 200 MB costs
    /// only the time to write it.
    static let bigArticleMB = Int(ProcessInfo.processInfo.environment["TIMELINE_BIG_ARTICLE_MB"] ?? "") ?? 200

    static func article(_ title: String, day: Int) -> String {
        "\(title)\nPublished: March \(day), 2024\n(Harbor Wire)\n\nThe ferry crossed the river \(day) times on Monday, the port authority said.\n"
    }

    /// Writes a small file with plain POSIX calls: Foundation's `createFile` syncs each file to disk,
    /// which makes 20,000 of them take a minute.
    static func quickWrite(_ path: String, _ text: String) -> Bool {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) } == bytes.count
    }

    /// Writes `megabytes` MB of one repeated line to `path` without holding it in memory.
    static func writeBig(_ path: String, megabytes: Int, head: String, unit: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: path, contents: Data(head.utf8)))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.seekToEnd()
        let chunk = Data(String(repeating: unit, count: (1 << 20) / unit.utf8.count).utf8)
        for _ in 0..<megabytes { handle.write(chunk) }
        try handle.close()
    }

    /// The tree: `good/` (3 articles), `bad/` (a copy of Fixtures/bad), `tree/` (symlink loops, a
    /// fifo, a device, a broken link, an unreadable file, a directory named like a file), `long/` (one
    /// line of `longLineMB`) and `big/` (an article of `bigArticleMB`).
    static func makeTree(in directory: TemporaryDirectory) throws -> String {
        let root = directory.path("in")
        try directory.write(article("Ferry adds a third boat", day: 4), to: "in/good/a-ferry.txt")
        try directory.write(article("Ferry timetable changes", day: 5), to: "in/good/b-timetable.txt")
        try directory.write(
            #"{"title": "Pier reopens", "published": "2024-03-06", "source": "Harbor Wire", "text": "The north pier reopened on Tuesday."}"# + "\n",
            to: "in/good/c-pier.jsonl")
        let fm = FileManager.default
        let bad = FixturePath.fixture("bad")
        try fm.createDirectory(atPath: root + "/bad", withIntermediateDirectories: true)
        for name in try fm.contentsOfDirectory(atPath: bad.path) {
            try fm.copyItem(atPath: bad.appendingPathComponent(name).path, toPath: root + "/bad/" + name)
        }
        try directory.write(article("Inside a folder named like a file", day: 7), to: "in/tree/story.txt/inner.txt")
        try fm.createSymbolicLink(atPath: root + "/tree/loop", withDestinationPath: root + "/tree")
        try fm.createSymbolicLink(atPath: root + "/tree/up", withDestinationPath: "..")
        try fm.createSymbolicLink(atPath: root + "/tree/broken.txt", withDestinationPath: root + "/missing.txt")
        try fm.createSymbolicLink(atPath: root + "/tree/null.txt", withDestinationPath: "/dev/null")
        // Tests run as root here, so no permission stops a read; /proc/self/mem always fails with EIO
        // at offset 0, whoever reads it (the file is the reading process's own memory).
        try fm.createSymbolicLink(atPath: root + "/tree/unreadable.txt", withDestinationPath: "/proc/self/mem")
        #expect(mkfifo(root + "/tree/pipe.txt", 0o644) == 0)
        let sentence = "Rescue crews searched the flooded valley again on Tuesday as the water slowly receded. "
        try writeBig(root + "/long/line.txt", megabytes: longLineMB, head: "", unit: sentence)
        try writeBig(root + "/big/huge.txt", megabytes: bigArticleMB, head: "Huge\nPublished: March 4, 2024\n\n", unit: sentence)
        return root
    }

    @Test("a tree of good and bad inputs: each bad one named with its reason, the good ones stored, status 1")
    func mixedTree() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let root = try Self.makeTree(in: directory)
        let database = directory.path("t.sqlite")

        let result = try TimelineBinary.run(["ingest", "--db", database, root])
        #expect(result.status == 1, "\(result)")
        let rejected = result.stderrLines.filter { $0.hasPrefix("rejected: ") }
        let warnings = result.stderrLines.filter { $0.hasPrefix("warning: ") }
        #expect(rejected.count + warnings.count == result.stderrLines.count, "only rejections and warnings on stderr:\n\(result)")

        // What the reader library says about the same tree (it reads it in the same order): the command
        // names every rejection and warning, and stores every article.
        var expected = ReadOutcomes()
        ArticleReader().read(path: root) { expected.add($0) }
        #expect(rejected == expected.rejected.map { "rejected: \($0)" }, "\(result)")
        #expect(warnings == expected.warnings.map { "warning: \($0)" }, "\(result)")

        // The reasons a user needs, named by path.
        for line in [
            "rejected: \(root)/big/huge.txt: too large (\(Self.bigArticleMB) MB; the limit is 64 MB)",
            "rejected: \(root)/tree/unreadable.txt: cannot be read (Input/output error)",
            "rejected: \(root)/bad/empty.txt: empty file",
            "rejected: \(root)/bad/binary.txt: binary file, not text",
            "rejected: \(root)/bad/truncated.json: invalid JSON (unterminated string at line 1, column 78)",
            "rejected: \(root)/bad/broken-lines.jsonl:2: invalid JSON (unterminated string at column 61)",
            "rejected: \(root)/bad/no-body.html: no article text in the HTML (no <body>, <article> or <p> with text)",
        ] {
            #expect(rejected.contains(line), "missing: \(line)\n\(result)")
        }
        for line in [
            "warning: \(root)/tree/loop: symbolic link loop; skipped",
            "warning: \(root)/tree/up: symbolic link loop; skipped",
            "warning: \(root)/tree/pipe.txt: not a regular file (fifo); skipped",
            "warning: \(root)/tree/null.txt: not a regular file (character device); skipped",
            "warning: \(root)/tree/broken.txt: broken symbolic link (No such file or directory); skipped",
            "warning: \(root)/bad/invalid-utf8.txt: not valid UTF-8; read as Windows-1252",
            "warning: \(root)/bad/impossible-dateline.txt: dateline \"Published: Feb. 30, 2015\" names a day or time that does not exist; ignored",
            "warning: \(root)/bad/impossible-published.jsonl:1: publication date \"2015-02-30\" not understood; ignored",
        ] {
            #expect(warnings.contains(line), "missing: \(line)\n\(result)")
        }
        // Every bad fixture that holds no article is named.
        for name in try FileManager.default.contentsOfDirectory(atPath: root + "/bad")
        where !expected.articles.contains(where: { $0.origin.hasPrefix("\(root)/bad/\(name)") }) {
            #expect(rejected.contains { $0.hasPrefix("rejected: \(root)/bad/\(name)") }, "\(name) is not named\n\(result)")
        }

        // Everything readable is stored, once per distinct content.
        let hashes = Set(expected.articles.map(\.contentHash))
        let undated = expected.articles.filter(\.isUndated).count
        let total = expected.articles.count + expected.rejected.count
        #expect(result.stdout == "\(total) articles: \(hashes.count) new, \(expected.articles.count - hashes.count) unchanged, "
            + "\(expected.rejected.count) rejected, \(undated) undated\n")
        let stored = try TimelineStore(path: database).fetchArticles()
        #expect(Set(stored.map(\.contentHash)) == hashes)
        #expect(stored.count == hashes.count)
        let titles = Set(stored.map(\.title))
        for title in ["Ferry adds a third boat", "Ferry timetable changes", "Pier reopens", "Inside a folder named like a file",
                      "Café owners protest new tax", "Bridge reopens after repairs", "Nested page survives", "Pier real date",
                      "Ferry service to resume", "Rescue crews searched the flooded valley again on Tuesday as the water slowly receded."] {
            #expect(titles.contains(title), "\(title) not stored")
        }
        #expect(!titles.contains("Huge"))
        let long = try #require(stored.first { $0.origin == "\(root)/long/line.txt" })
        #expect(long.body.utf8.count >= (Self.longLineMB << 20) * 99 / 100)
        let check = try DatabaseQueue(path: database).read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") }
        #expect(check == "ok")

        // Again: the same messages, nothing new, nothing lost.
        let again = try TimelineBinary.run(["ingest", "--db", database, root])
        #expect(again.status == 1, "\(again)")
        #expect(again.stderr == result.stderr)
        #expect(again.stdout == "\(total) articles: 0 new, \(expected.articles.count) unchanged, \(expected.rejected.count) rejected, \(undated) undated\n")
        #expect(try TimelineStore(path: database).fetchArticleCount() == hashes.count)
    }

    @Test("inputs named one by one: a bad one does not stop the ones after it")
    func namedInputs() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let good = try directory.write(Self.article("Ferry adds a third boat", day: 4), to: "good.txt")
        let later = try directory.write(Self.article("Ferry timetable changes", day: 5), to: "later.txt")
        let inputs = [
            FixturePath.fixture("bad/binary.txt").path, good, "/proc/self/mem", directory.path("missing.txt"),
            FixturePath.fixture("bad/truncated.json").path, directory.url.path, later,
        ]
        let result = try TimelineBinary.run(["ingest", "--db", directory.path("t.sqlite")] + inputs)
        #expect(result.status == 1, "\(result)")
        #expect(result.stderrLines.filter { $0.hasPrefix("rejected: ") } == [
            "rejected: \(inputs[0]): binary file, not text",
            "rejected: /proc/self/mem: cannot be read (Input/output error)",
            "rejected: \(inputs[3]): cannot be read (No such file or directory)",
            "rejected: \(inputs[4]): invalid JSON (unterminated string at line 1, column 78)",
        ], "\(result)")
        // The directory holds both articles again (and t.sqlite, not an article): unchanged.
        #expect(result.stdout == "8 articles: 2 new, 2 unchanged, 4 rejected\n", "\(result)")
        #expect(try TimelineStore(path: directory.path("t.sqlite")).fetchArticles().map(\.title)
            == ["Ferry adds a third boat", "Ferry timetable changes"])
    }

    @Test("a directory of 20,000 small files, a few of them empty: every good one stored, every empty one named")
    func twentyThousandFiles() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let count = 20_000
        let root = directory.url.appendingPathComponent("many")
        for folder in 0..<50 { try FileManager.default.createDirectory(at: root.appendingPathComponent(String(format: "%02d", folder)), withIntermediateDirectories: true) }
        var empty: [String] = []
        for i in 0..<count {
            let path = root.appendingPathComponent(String(format: "%02d/%05d.txt", i % 50, i)).path
            let text = i % 1_000 == 999 ? "" : "Story \(i)\nPublished: May 2, 2016\n\nThe council met on Monday for meeting \(i).\n"
            if text.isEmpty { empty.append(path) }
            #expect(Self.quickWrite(path, text))
        }
        let database = directory.path("t.sqlite")
        let result = try TimelineBinary.run(["ingest", "--db", database, root.path])
        #expect(result.status == 1, "\(result.stdout)\(result.stderr.prefix(2000))")
        #expect(result.stdout == "\(count) articles: \(count - empty.count) new, 0 unchanged, \(empty.count) rejected\n")
        #expect(result.stderrLines.sorted() == empty.map { "rejected: \($0): empty file" }.sorted())
        let store = try TimelineStore(path: database)
        #expect(try store.fetchArticleCount() == count - empty.count)
    }
}

/// Everything the reader library produced for an input, by kind.
struct ReadOutcomes {
    var articles: [Article] = []
    var warnings: [ArticleReaderWarning] = []
    var rejected: [ArticleReaderError] = []

    mutating func add(_ outcome: ReadOutcome) {
        switch outcome {
        case .article(let a): articles.append(a)
        case .warning(let w): warnings.append(w)
        case .rejected(let e): rejected.append(e)
        }
    }
}
#endif
