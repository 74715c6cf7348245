import ArticleReader
import DateNormalizer
import Foundation

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

    @discardableResult
    func write(_ name: String, _ data: Data) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
        return file.path
    }

    deinit {
        // Restore permissions a test may have removed, then delete.
        if let items = FileManager.default.enumerator(atPath: url.path) {
            for case let item as String in items {
                try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.appendingPathComponent(item).path)
            }
        }
        try? FileManager.default.removeItem(at: url)
    }
}
