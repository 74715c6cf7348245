import ArticleReader
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite("Directories and special files")
struct DirectoryTests {
    static func article(_ title: String) -> String {
        "\(title)\nPublished: May 2, 2016\n\nThe council met on Monday to discuss \(title.lowercased()).\n"
    }

    @Test("files are read in sorted order, recursively; hidden files, hidden folders and unknown extensions are skipped")
    func order() throws {
        let dir = try TemporaryDirectory()
        try dir.write("b.txt", Self.article("Beta"))
        try dir.write("a.md", "---\ntitle: Alpha\ndate: 2016-05-02\n---\nThe council met on Monday.\n")
        try dir.write("sub/c.json", #"{"title": "Gamma", "published": "2016-05-02", "text": "The council met on Monday."}"#)
        try dir.write("sub/deeper/d.html", "<title>Delta</title><p>The council met on Monday.</p>")
        try dir.write("Z.txt", Self.article("Zulu"))
        try dir.write(".hidden.txt", Self.article("Hidden"))
        try dir.write(".git/e.txt", Self.article("Git"))
        try dir.write("photo.jpg", Data([0xFF, 0xD8, 0xFF, 0xE0]))
        try dir.write("notes.pdf", Data("%PDF-1.4".utf8))
        try dir.write("sub/README", "no extension")
        let outcomes = Reading.read(path: dir.path)
        // Byte order: uppercase before lowercase.
        #expect(outcomes.articles.map(\.title) == ["Zulu", "Alpha", "Beta", "Gamma", "Delta"])
        #expect(outcomes.rejected.isEmpty)
        #expect(outcomes.warnings.map(\.description).contains(
            "\(dir.path): skipped 3 files that are not articles (.jpg, .pdf, no extension)"))
        #expect(outcomes.articles.map { String($0.origin.dropFirst(dir.path.count)) }
            == ["/Z.txt", "/a.md", "/b.txt", "/sub/c.json", "/sub/deeper/d.html"])
        // A second run gives the same order.
        #expect(Reading.read(path: dir.path).articles.map(\.origin) == outcomes.articles.map(\.origin))
    }

    @Test("project documents and Markdown without front matter are not articles in a walk, but are read when named")
    func documents() throws {
        let dir = try TemporaryDirectory()
        try dir.write("a.txt", Self.article("Alpha"))
        try dir.write("README.md", "# About these articles\n\nSaved from the council's site.\n")
        try dir.write("LICENSE.txt", "Permission is hereby granted.\n")
        try dir.write("report.md", "# Chronology\n\n- **May 2, 2016** — The council met.\n")
        try dir.write("b.md", "\u{FEFF}---\ntitle: Beta\ndate: 2016-05-02\n---\nThe council met on Monday.\n")
        let outcomes = Reading.read(path: dir.path)
        #expect(outcomes.articles.map(\.title) == ["Alpha", "Beta"])
        #expect(outcomes.rejected.isEmpty)
        #expect(outcomes.warnings.map(\.description) == [
            "\(dir.path): skipped 3 files that are not articles (LICENSE, Markdown without front matter, README)"])
        // Named on the command line, the same file is read as an article.
        #expect(Reading.read(path: dir.path + "/report.md").articles.map(\.title) == ["Chronology"])
    }

    @Test("a symlink loop is skipped with a warning; a symlink to a file is followed; a broken one is named")
    func symlinks() throws {
        let dir = try TemporaryDirectory()
        try dir.write("news/a.txt", Self.article("Alpha"))
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/news/loop", withDestinationPath: dir.path + "/news")
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/news/up", withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/news/link.txt", withDestinationPath: dir.path + "/news/a.txt")
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/news/broken.txt", withDestinationPath: dir.path + "/missing.txt")
        let outcomes = Reading.read(path: dir.path)
        #expect(outcomes.articles.map(\.title) == ["Alpha", "Alpha"])
        let warnings = outcomes.warningTexts
        #expect(warnings.contains("\(dir.path)/news/loop: symbolic link loop; skipped"))
        #expect(warnings.contains("\(dir.path)/news/up: symbolic link loop; skipped"))
        #expect(warnings.contains("\(dir.path)/news/broken.txt: broken symbolic link (No such file or directory); skipped"))
    }

    @Test("a fifo and a socket in a tree are skipped with a warning, without blocking")
    func specialFiles() throws {
        let dir = try TemporaryDirectory()
        try dir.write("a.txt", Self.article("Alpha"))
        #expect(mkfifo(dir.path + "/pipe.txt", 0o644) == 0)
        let socketPath = dir.path + "/sock.txt"
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (i, b) in socketPath.utf8.prefix(raw.count - 1).enumerated() { raw[i] = b }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        #expect(bound == 0)
        let outcomes = Reading.read(path: dir.path)
        #expect(outcomes.articles.map(\.title) == ["Alpha"])
        #expect(outcomes.warningTexts.contains("\(dir.path)/pipe.txt: not a regular file (fifo); skipped"))
        #expect(outcomes.warningTexts.contains("\(dir.path)/sock.txt: not a regular file (socket); skipped"))
        // Named directly, a socket is rejected.
        #expect(Reading.read(path: socketPath).rejectedTexts == ["\(socketPath): not a regular file (socket)"])
    }

    @Test("a fifo named on the command line is read, streaming JSONL as it is written")
    func fifoNamedDirectly() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path + "/feed.jsonl"
        #expect(mkfifo(path, 0o644) == 0)
        // The writer runs on a GCD thread, not in the cooperative pool the blocked reader may hold.
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            let handle = FileHandle(forWritingAtPath: path)
            for day in 1...3 {
                let line = #"{"title": "Day \#(day)", "published": "2016-05-0\#(day)", "text": "Talks went on."}"# + "\n"
                handle?.write(Data(line.utf8))
            }
            try? handle?.close()
            done.signal()
        }
        let outcomes = Reading.read(path: path)
        done.wait()
        #expect(outcomes.articles.map(\.title) == ["Day 1", "Day 2", "Day 3"])
        #expect(outcomes.articles.map(\.origin) == ["\(path):1", "\(path):2", "\(path):3"])
    }

    @Test("missing paths and unreadable files are rejected with the system's reason")
    func unreadable() throws {
        let dir = try TemporaryDirectory()
        #expect(Reading.read(path: dir.path + "/nope.txt").rejectedTexts == ["\(dir.path)/nope.txt: cannot be read (No such file or directory)"])
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/dangling.txt", withDestinationPath: dir.path + "/gone.txt")
        #expect(Reading.read(path: dir.path + "/dangling.txt").rejectedTexts == ["\(dir.path)/dangling.txt: cannot be read (No such file or directory)"])
    }

    @Test("a file without read permission is rejected and the rest of the tree is read", .enabled(if: geteuid() != 0))
    func permissionDenied() throws {
        let dir = try TemporaryDirectory()
        try dir.write("a.txt", Self.article("Alpha"))
        let locked = try dir.write("b.txt", Self.article("Beta"))
        try dir.write("c.txt", Self.article("Gamma"))
        dir.lock(locked)
        let outcomes = Reading.read(path: dir.path)
        #expect(outcomes.articles.map(\.title) == ["Alpha", "Gamma"])
        #expect(outcomes.rejectedTexts == ["\(locked): cannot be read (Permission denied)"])
    }

    @Test("a directory of 20,000 small files is read whole, in order")
    func twentyThousand() throws {
        let dir = try TemporaryDirectory()
        let count = 20_000
        for i in 0..<count {
            let name = String(format: "%02d/%05d.txt", i % 50, i)
            try dir.write(name, "Story \(i)\nPublished: May 2, 2016\n\nThe council met on Monday for meeting \(i).\n")
        }
        var titles: [String] = []
        var problems = 0
        ArticleReader().read(path: dir.path) { outcome in
            switch outcome {
            case .article(let a): titles.append(a.title)
            default: problems += 1
            }
        }
        #expect(problems == 0)
        #expect(titles.count == count)
        let expected = (0..<50).flatMap { folder in stride(from: folder, to: count, by: 50).map { "Story \($0)" } }
        #expect(titles == expected)
    }
}
