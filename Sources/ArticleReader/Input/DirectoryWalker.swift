/// Walks a directory tree and reads every article file in it.
///
/// - Order: names sorted by their UTF-8 bytes at every level, so two runs read the same files in the
///   same order on any machine.
/// - Skipped: hidden names (`.git`, `.DS_Store`); files with an extension that is not an article format,
///   project documents (`README`, `LICENSE`, `CHANGELOG`... whatever their extension) and Markdown files
///   without front matter (a rendered report, notes): all counted and named in one warning at the end;
///   fifos, sockets and devices (a warning each: opening a fifo could block forever); broken symlinks
///   (a warning). A file named on the command line is always read, whatever its name.
/// - Symlinks are followed; a link back to a directory already being walked is a loop and is skipped
///   with a warning.
struct DirectoryWalker {
    let reader: ArticleReader
    /// Directories on the current path (device, inode): entering one again means a symlink loop.
    private var open: Set<FileSystem.FileID> = []
    /// Skipped files by kind (`.swift`, `README`, `Markdown without front matter`), for the closing warning.
    private var skipped: [String: Int] = [:]

    init(reader: ArticleReader) { self.reader = reader }

    mutating func walk(root: String, _ body: (InputRecord) throws -> Void) rethrows {
        let base = root.count > 1 && root.hasSuffix("/") ? String(root.dropLast()) : root
        if case .success(let info) = FileSystem.info(base, followLinks: true) { open.insert(info.id) }
        try walk(directory: base, body)
        if !skipped.isEmpty {
            let total = skipped.values.reduce(0, +)
            let kinds = skipped.sorted { $0.key < $1.key }.map { $0.key + ($0.value > 1 ? " ×\($0.value)" : "") }
            try body(.warning(ArticleReaderWarning(
                file: root, message: "skipped \(total) file\(total == 1 ? "" : "s") that are not articles (\(kinds.joined(separator: ", ")))")))
        }
    }

    private mutating func walk(directory: String, _ body: (InputRecord) throws -> Void) rethrows {
        let names: [String]
        switch FileSystem.list(directory) {
        case .failure(let error):
            try body(.rejected(ArticleReaderError(file: directory, reason: .unreadable(error.description))))
            return
        case .success(let list):
            names = list.filter { !$0.hasPrefix(".") }.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        }
        for name in names {
            let path = directory == "/" ? "/" + name : directory + "/" + name
            guard case .success(let link) = FileSystem.info(path, followLinks: false) else { continue }
            var info = link
            if link.kind == .symlink {
                switch FileSystem.info(path, followLinks: true) {
                case .failure(let error):
                    try body(.warning(ArticleReaderWarning(file: path, message: "broken symbolic link (\(error)); skipped")))
                    continue
                case .success(let target):
                    info = target
                }
            }
            switch info.kind {
            case .directory:
                if open.contains(info.id) {
                    try body(.warning(ArticleReaderWarning(file: path, message: "symbolic link loop; skipped")))
                    continue
                }
                open.insert(info.id)
                try walk(directory: path, body)
                open.remove(info.id)
            case .regular:
                let ext = FormatDetection.fileExtension(name)
                // With a forced format, files without an extension are read too.
                guard FormatDetection.extensions[ext] != nil || (ext.isEmpty && reader.options.format != .auto) else {
                    skipped[ext.isEmpty ? "no extension" : "." + ext, default: 0] += 1
                    continue
                }
                if let document = NotAnArticle.projectDocument(name) {
                    skipped[document, default: 0] += 1
                    continue
                }
                let format = reader.formatFor(path: path)
                if format == .markdown, !NotAnArticle.hasFrontMatter(path) {
                    skipped[NotAnArticle.markdownWithoutFrontMatter, default: 0] += 1
                    continue
                }
                try reader.readFile(path, size: info.size, format: format, blocking: false, body)
            default:
                try body(.warning(ArticleReaderWarning(file: path, message: "not a regular file (\(info.kind.rawValue)); skipped")))
            }
        }
    }
}
