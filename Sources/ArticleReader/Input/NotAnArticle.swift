import Foundation

/// Files a directory walk meets that are not articles even though their extension is one:
/// a folder of saved articles often holds its own README, or a rendered report beside the sources.
enum NotAnArticle {
    /// Project documents, by file name without extension (case-insensitive).
    static let projectDocuments: Set<String> = [
        "readme", "license", "licence", "changelog", "changes", "contributing", "notice", "authors",
        "copying", "code_of_conduct", "security", "todo",
    ]

    /// The kind named in the skip warning for a Markdown file without front matter.
    static let markdownWithoutFrontMatter = "Markdown without front matter"

    /// `README` for `README.md`, `LICENSE` for `license.txt`; nil for any other name.
    static func projectDocument(_ name: String) -> String? {
        let stem = name.split(separator: ".", maxSplits: 1).first.map(String.init) ?? name
        return projectDocuments.contains(stem.lowercased()) ? stem : nil
    }

    /// Whether the file's first line is a front matter fence, `---` or `+++` (after an optional BOM),
    /// as `FrontMatter` reads it.
    /// Reads at most the first 256 bytes; an unreadable file counts as having front matter, so the
    /// reader itself reports why it cannot be read.
    static func hasFrontMatter(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return true }
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: 256) else { return true }
        var bytes = head[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        bytes = bytes.drop { $0 == 0x20 || $0 == 0x09 }
        return bytes.starts(with: Array("---".utf8)) || bytes.starts(with: Array("+++".utf8))
    }
}
