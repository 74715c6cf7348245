/// Drops what is not article text from an article's lines: marker lines anywhere (`Advertisement`,
/// `Read more: ...`, photo credits), separator lines, and the trailing block of links, headlines and
/// section headings that sites append after the story (`Most Viewed`, `Editor's Picks`, `- headline`).
///
/// The trailing block starts at the first `end` heading (`Most Viewed`) unless a long paragraph
/// (20 words or more) follows it, or else at the first `section` heading (and, in text saved from a web
/// page, the first `- headline` list line or line ending in ` |`) after the last line of prose; prose
/// is a line ending with a full stop, or a long one. In saved web pages, short unpunctuated lines just
/// before that block (a heading of the block that is not in the table) go with it. A `Related:` heading
/// in mid-story drops only itself and the links under it.
struct BoilerplateTrimmer: Sendable {
    enum Policy: Sendable {
        /// Text saved from a web page: list lines and lines ending in ` |` also open the trailing block.
        case scraped
        /// JSON, Markdown, HTML: lists are content; only section headings open the trailing block.
        case structured
    }

    var policy: Policy

    private enum Role {
        case blank, content, end, section, list, piped
    }

    /// The lines to keep, in order; blank lines are kept (they separate paragraphs).
    func trim(_ lines: [ArraySlice<UInt8>]) -> [ArraySlice<UInt8>] {
        var kept: [ArraySlice<UInt8>] = []
        var roles: [Role] = []
        kept.reserveCapacity(lines.count)
        roles.reserveCapacity(lines.count)
        for raw in lines {
            let line = Bytes.trimmed(raw)
            if line.isEmpty {
                kept.append(line)
                roles.append(.blank)
                continue
            }
            if HeaderLine.isSeparator(line) { continue }
            switch BoilerplateMarkers.match(line) {
            case .line?, .prefix?:
                continue
            case .section?:
                kept.append(line)
                roles.append(.section)
                continue
            case .end?:
                kept.append(line)
                roles.append(.end)
                continue
            case nil:
                break
            }
            kept.append(line)
            if policy == .scraped, BoilerplateTrimmer.listBullet(line) != nil {
                roles.append(.list)
            } else if policy == .scraped, line.last == 0x7C {
                roles.append(.piped)
            } else {
                roles.append(.content)
            }
        }
        guard let firstText = roles.firstIndex(where: { $0 != .blank }) else { return [] }
        let lastProse = roles.indices.last(where: { roles[$0] == .content && BoilerplateTrimmer.isProse(kept[$0]) }) ?? -1

        // The trailing block: from an `end` heading no long paragraph follows, or from the first
        // heading or link line after the last prose.
        var end = kept.count
        let lastLong = roles.indices.last(where: { roles[$0] == .content && BoilerplateTrimmer.isLongProse(kept[$0]) }) ?? -1
        let endHeading = roles.indices.first(where: { roles[$0] == .end && $0 > firstText && $0 > lastLong })
        let afterProse = roles.indices.first(where: { $0 > lastProse && $0 > firstText && roles[$0] != .content && roles[$0] != .blank })
        if let cut = [endHeading, afterProse].compactMap({ $0 }).min() {
            var j = cut
            if policy == .scraped {
                while j - 1 > lastProse, j - 1 > firstText,
                      roles[j - 1] == .blank || (roles[j - 1] == .content && BoilerplateTrimmer.isHeadlineLike(kept[j - 1]))
                {
                    j -= 1
                }
            }
            end = j
        }

        // Mid-story: a section heading drops itself and the links right under it; list lines lose their bullet.
        var result: [ArraySlice<UInt8>] = []
        result.reserveCapacity(end)
        var i = 0
        while i < end {
            switch roles[i] {
            case .section, .end:
                i += 1
                while i < end, roles[i] == .list || roles[i] == .piped
                    || (roles[i] == .content && BoilerplateTrimmer.isHeadlineLike(kept[i]))
                {
                    i += 1
                }
                continue
            case .list:
                if let bullet = BoilerplateTrimmer.listBullet(kept[i]) {
                    result.append(Bytes.trimmed(kept[i].dropFirst(bullet)))
                } else {
                    result.append(kept[i])
                }
            default:
                result.append(kept[i])
            }
            i += 1
        }
        return result
    }

    /// The length of a list bullet opening `line` (`- `, `* `, `• `, `· `, `– `), or nil.
    static func listBullet(_ line: ArraySlice<UInt8>) -> Int? {
        guard let first = line.first else { return nil }
        let i = line.startIndex
        if (first == 0x2D || first == 0x2A || first == 0x2B), line.count > 2, line[i + 1] == Bytes.space { return 2 }
        if first == 0xE2, line.count > 4, line[i + 1] == 0x80, [0xA2, 0x93, 0x94].contains(line[i + 2]), line[i + 3] == Bytes.space {
            return 4
        }
        if first == 0xC2, line.count > 3, line[i + 1] == 0xB7, line[i + 2] == Bytes.space { return 3 }
        return nil
    }

    /// A line of article prose: it ends with a full stop or an ellipsis (perhaps inside a closing quote
    /// or bracket) and has three words or more, or it is long (25 words) whatever its end. Headlines
    /// rarely end with a full stop, which is what tells the story's last line from the links after it.
    static func isProse(_ line: ArraySlice<UInt8>) -> Bool {
        let end = BoilerplateTrimmer.endBeforeClosers(line)
        let words = Bytes.wordCount(line)
        guard end > line.startIndex else { return false }
        let last = line[end - 1]
        let ellipsis = last == 0xA6 && end - 3 >= line.startIndex && line[end - 3] == 0xE2 && line[end - 2] == 0x80
        if last == 0x2E || ellipsis, words >= 3 { return true }
        if last == 0x3F || last == 0x21, words >= 12 { return true }
        return words >= 25
    }

    /// A paragraph no headline list holds: 20 words or more, ending like a sentence (or 25 words).
    static func isLongProse(_ line: ArraySlice<UInt8>) -> Bool {
        isProse(line) && Bytes.wordCount(line) >= 20
    }

    /// A short line with no closing punctuation at all: a headline or a heading (`Related Coverage`).
    static func isHeadlineLike(_ line: ArraySlice<UInt8>) -> Bool {
        guard Bytes.wordCount(line) <= 10, let last = line.last else { return false }
        if BoilerplateTrimmer.endBeforeClosers(line) < line.endIndex { return false }  // ends with a quote or bracket
        if last == 0x2E || last == 0x3F || last == 0x21 || last == 0x3A || last == 0xA6 { return false }
        return true
    }

    /// The end of `line` before any closing quotes and brackets (`"`, `'`, `)`, `]`, `”`, `’`).
    static func endBeforeClosers(_ line: ArraySlice<UInt8>) -> Int {
        var end = line.endIndex
        while end > line.startIndex {
            let b = line[end - 1]
            if b == 0x22 || b == 0x27 || b == 0x29 || b == 0x5D {
                end -= 1
            } else if b >= 0x80, end - 3 >= line.startIndex, line[end - 3] == 0xE2, line[end - 2] == 0x80,
                      line[end - 1] == 0x9D || line[end - 1] == 0x99
            {
                end -= 3
            } else {
                break
            }
        }
        return end
    }
}
