import ArticleReader
import DateNormalizer
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Everything one read produced, split by kind.
struct Outcomes {
    var articles: [Article] = []
    var warnings: [ArticleReaderWarning] = []
    var rejected: [ArticleReaderError] = []
    var all: [ReadOutcome] = []

    mutating func add(_ outcome: ReadOutcome) {
        all.append(outcome)
        switch outcome {
        case .article(let a): articles.append(a)
        case .warning(let w): warnings.append(w)
        case .rejected(let e): rejected.append(e)
        }
    }

    var warningTexts: [String] { warnings.map(\.description) }
    var rejectedTexts: [String] { rejected.map(\.description) }
}

enum Reading {
    static func read(path: String, options: ArticleReader.Options = .init()) -> Outcomes {
        var outcomes = Outcomes()
        ArticleReader(options: options).read(path: path) { outcomes.add($0) }
        return outcomes
    }

    static func read(_ text: String, name: String, options: ArticleReader.Options = .init()) -> Outcomes {
        read(Data(text.utf8), name: name, options: options)
    }

    static func read(_ data: Data, name: String, options: ArticleReader.Options = .init()) -> Outcomes {
        var outcomes = Outcomes()
        ArticleReader(options: options).read(data: data, name: name) { outcomes.add($0) }
        return outcomes
    }

    /// The one article read from `text`, or nil.
    static func article(_ text: String, name: String = "a.txt", options: ArticleReader.Options = .init()) -> Article? {
        read(text, name: name, options: options).articles.first
    }

    /// The slice of `body` a sentence range points at.
    static func slice(_ body: String, _ range: Range<Int>) -> String {
        let scalars = Array(body.unicodeScalars)
        guard range.lowerBound >= 0, range.upperBound <= scalars.count else { return "<out of range>" }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }
}

private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.write(fd, buffer, count)
    #else
    return Darwin.write(fd, buffer, count)
    #endif
}

/// A temporary directory removed when the test ends.
final class TemporaryDirectory {
    let url: URL
    var path: String { url.path }

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("article-reader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, Data(text.utf8))
    }

    /// Writes `data` to `name` (folders created as needed) with plain POSIX calls: no fsync, so a
    /// test can make 20,000 files quickly.
    @discardableResult
    func write(_ name: String, _ data: Data) throws -> String {
        let file = url.appendingPathComponent(name)
        let folder = file.deletingLastPathComponent().path
        if !createdFolders.contains(folder) {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            createdFolders.insert(folder)
        }
        let fd = open(file.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw CocoaError(.fileWriteUnknown) }
        defer { close(fd) }
        let written = data.withUnsafeBytes { systemWrite(fd, $0.baseAddress, $0.count) }
        guard written == data.count else { throw CocoaError(.fileWriteUnknown) }
        return file.path
    }

    private var createdFolders: Set<String> = []

    /// Removes every permission from `path`; restored before the folder is deleted.
    func lock(_ path: String) {
        chmod(path, 0)
        locked.append(path)
    }

    private var locked: [String] = []

    deinit {
        for path in locked { chmod(path, 0o644) }
        try? FileManager.default.removeItem(at: url)
    }
}
