/// What a line near the top of an article says about it: its dateline, its source or its byline.
///
/// News sites print these above the body in many shapes: `Updated: 2015-12-16 09:37`, `(Xinhua)`,
/// `By Jane Doe, Reuters`, `Source: Xinhua`, or several joined by bars:
/// `By Li Wen | China Daily | Updated: 2015-12-16 07:47`. A line counts as a header only when every
/// bar-separated piece of it is one of these, so a body sentence is never mistaken for one.
struct HeaderInfo: Sendable, Hashable {
    var dateline: Dateline?
    var source: String?
    var byline: String?
    /// A dateline line naming a day that does not exist (`Published: Feb. 30, 2015`): not a date,
    /// not text, and worth a warning.
    var impossibleDateline: String?

    /// Adds what `other` says where this says nothing; a published date beats an updated one.
    mutating func merge(_ other: HeaderInfo) {
        if let d = other.dateline, dateline.map({ d.kind.rank < $0.kind.rank }) ?? true { dateline = d }
        if source == nil { source = other.source }
        if byline == nil { byline = other.byline }
        if impossibleDateline == nil { impossibleDateline = other.impossibleDateline }
    }

    /// The warning for an impossible dateline line, if one was seen.
    var impossibleDatelineWarning: String? {
        impossibleDateline.map { "dateline \"\($0.prefix(80))\" names a day or time that does not exist; ignored" }
    }
}

enum HeaderLine {
    enum Kind: Equatable {
        case blank
        /// `|`, `||||||`, `----`, `* * *`.
        case separator
        case header(HeaderInfo)
        case content
    }

    /// Reads the header block at the top of `lines`: blank, separator and header lines, and content
    /// lines `skipping` accepts (a breadcrumb above a headline), until another content line or until
    /// `limit` lines that count (all but blank ones) have been read.
    ///
    /// - Returns: What the header lines said, and how many lines the block takes.
    static func readBlock(
        _ lines: [ArraySlice<UInt8>], limit: Int, skipping: (ArraySlice<UInt8>) -> Bool = { _ in false }
    ) -> (info: HeaderInfo, consumed: Int) {
        var info = HeaderInfo()
        var consumed = 0
        var seen = 0
        scan: while consumed < lines.count, seen < limit {
            switch classify(lines[consumed]) {
            case .blank:
                break
            case .separator:
                seen += 1
            case .header(let header):
                info.merge(header)
                seen += 1
            case .content:
                guard skipping(lines[consumed]) else { break scan }
                seen += 1
            }
            consumed += 1
        }
        return (info, consumed)
    }

    static func classify(_ raw: ArraySlice<UInt8>) -> Kind {
        let line = Bytes.trimmed(raw)
        if line.isEmpty { return .blank }
        if isSeparator(line) { return .separator }
        guard line.count <= 240 else { return .content }
        var info = HeaderInfo()
        var outlets: [String] = []
        var informative = false
        for piece in line.split(separator: 0x7C) {
            let p = Bytes.trimmed(piece)
            if p.isEmpty { continue }
            switch classifyPiece(p) {
            case .content:
                return .content
            case .outlet(let name):
                outlets.append(name)
            case .info(let i):
                informative = true
                info.merge(i)
            }
        }
        guard informative else { return .content }
        if info.source == nil { info.source = outlets.first }
        return .header(info)
    }

    /// A line made only of separator characters: ASCII `|-=_*~#+.` and spaces, or `—`, `–`, `•`, `·`.
    static func isSeparator(_ line: ArraySlice<UInt8>) -> Bool {
        var i = line.startIndex
        while i < line.endIndex {
            let b = line[i]
            if b < 0x80 {
                guard Bytes.isSpace(b) || "|-=_*~#+.".utf8.contains(b) else { return false }
                i += 1
            } else if b == 0xE2, i + 2 < line.endIndex, line[i + 1] == 0x80, [0x93, 0x94, 0xA2].contains(line[i + 2]) {
                i += 3
            } else if b == 0xC2, i + 1 < line.endIndex, line[i + 1] == 0xB7 {
                i += 2
            } else {
                return false
            }
        }
        return true
    }

    enum Piece {
        case info(HeaderInfo)
        /// A short capitalized name (`China Daily`) that is a source only beside a date or byline.
        case outlet(String)
        case content
    }

    static func classifyPiece(_ p: ArraySlice<UInt8>) -> Piece {
        if let d = DatelineParser.parse(p) { return .info(HeaderInfo(dateline: d)) }
        if DatelineParser.namesImpossibleDate(p) { return .info(HeaderInfo(impossibleDateline: Bytes.string(p))) }
        // Every other kind of piece is short; a sentence is not worth looking at further.
        guard p.count <= 160 else { return .content }
        // `(Xinhua)`, or a dateline or byline followed by `(Xinhua)`.
        if p.last == 0x29, let open = p.lastIndex(of: 0x28) {
            let inner = Bytes.trimmed(p[(open + 1)..<(p.endIndex - 1)])
            if isShortName(inner, maxWords: 5) {
                let name = Bytes.string(inner)
                let rest = Bytes.trimmed(p[p.startIndex..<open])
                if rest.isEmpty { return .info(HeaderInfo(source: name)) }
                if case .info(var info) = classifyPiece(rest) {
                    if info.source == nil || Agencies.contains(name) { info.source = name }
                    return .info(info)
                }
            }
            return .content
        }
        if let name = Byline.parse(p) { return .info(name) }
        for label in labels where Bytes.hasPrefix(p, caseInsensitive: label.prefix) {
            let value = Bytes.trimmed(p.dropFirst(label.prefix.count))
            guard isShortName(value, maxWords: 8) else { return .content }
            let text = Bytes.string(value)
            return .info(label.isSource ? HeaderInfo(source: text) : HeaderInfo(byline: text))
        }
        if p.count <= 40 {
            let text = Bytes.string(p)
            if Agencies.contains(text) { return .info(HeaderInfo(source: text)) }  // `Reuters`, `dpa`
            if isShortName(p, maxWords: 5) { return .outlet(text) }
        }
        return .content
    }

    /// Labels that introduce a source or a byline.
    static let labels: [(prefix: [UInt8], isSource: Bool)] = [
        ("Source:", true), ("Sources:", true), ("Agency:", true), ("From:", true),
        ("Author:", false), ("Authors:", false), ("Reporter:", false), ("Written by", false), ("Byline:", false),
    ].map { (Array($0.0.utf8), $0.1) }

    /// A name of at most `maxWords` words, each capitalized (or a digit, `&`, or a particle like `of`),
    /// not ending like a sentence: `China Daily`, `Xinhua`, `The Associated Press`.
    static func isShortName(_ p: ArraySlice<UInt8>, maxWords: Int) -> Bool {
        guard !p.isEmpty, p.count <= 60 else { return false }
        if let last = p.last, last == 0x2E || last == 0x3F || last == 0x21 || last == 0x2C || last == 0x3A {
            // A final dot is allowed only after an initial or abbreviation (`Jane Q.`, `Co.`).
            guard last == 0x2E, p.count >= 2, Bytes.isLetter(p[p.endIndex - 2]) else { return false }
            let word = p.split(separator: Bytes.space).last ?? p
            guard word.count <= 4 else { return false }
        }
        var words = 0
        for word in p.split(separator: Bytes.space) {
            words += 1
            if words > maxWords { return false }
            guard let first = word.first else { continue }
            if Bytes.isUpper(first) || Bytes.isDigit(first) || first >= 0x80 || first == 0x26 { continue }
            if particles.contains(Array(word)) { continue }
            return false
        }
        return words > 0
    }

    static let particles: Set<[UInt8]> = Set(
        ["of", "the", "and", "de", "da", "del", "van", "von", "der", "al", "bin", "la", "le", "du", "y", "on", "for", "in"]
            .map { Array($0.utf8) })
}
