import Foundation

/// One phrase of a normalizer fixture file and what it must produce.
///
/// Fixture files (`Fixtures/normalizer/*.txt`) group phrasings under one expected value, Duckling
/// style; see `Corpus.load(_:)` for the format.
public struct CorpusCase: Sendable, CustomStringConvertible {
    /// `weekdays.txt:12`.
    public var location: String
    /// The reference line in force (`nil` after `@reference none`).
    public var reference: String?
    /// `mdy` or `dmy`, from `@date-order`.
    public var dateOrder: String
    /// The whole input text, brackets removed.
    public var text: String
    /// The part the mention must cover, in Unicode scalars (the marked part, or the whole text).
    public var target: Range<Int>
    /// The expected TIMEX3 value, or nil when the phrase must produce no mention.
    public var value: String?
    /// The expected modifier (`START`, `END`, `APPROX`...), if any.
    public var mod: String?
    /// The expected interval `[start, end)` in `YYYY-MM-DD`, when the line gives one.
    public var interval: (start: String, end: String)?

    public var description: String { "\(location) \"\(text)\"" }

    public init(location: String, reference: String?, dateOrder: String, text: String, target: Range<Int>, value: String?,
                mod: String?, interval: (start: String, end: String)?) {
        self.location = location
        self.reference = reference
        self.dateOrder = dateOrder
        self.text = text
        self.target = target
        self.value = value
        self.mod = mod
        self.interval = interval
    }
}

/// Loads the normalizer's fixture corpus.
public enum Corpus {
    /// Words a phrase may carry outside its mention: TimeML keeps prepositions out of the extent.
    public static let contextWords: Set<String> = [
        "on", "in", "at", "by", "for", "from", "since", "until", "till", "during", "of", "within", "over", "through",
        "throughout", "before", "after", "around", "about", "roughly", "approximately", "between", "and", "to", "as", "than", "less",
    ]

    /// The cases of `Fixtures/normalizer/<name>.txt`.
    ///
    /// Format, one directive or case per line (`#` starts a comment line):
    /// ```
    /// @reference 2015-12-16          reference for the lines below (`@reference none`: no reference)
    /// @date-order dmy                order of ambiguous numeric dates (default mdy)
    /// 2015-11-14 | Nov. 14 | on November 14          value, then phrasings
    /// 2015-09 END | the end of September             value and modifier
    /// 2015-12-15 | 2015-12-15 2015-12-16 | Tuesday    an interval field: start and end, end exclusive
    /// 2015-11-14 | The ISSG met in Vienna [on Nov. 14].   brackets mark the mention inside a sentence
    /// - | he may resign | 17 countries                 no mention at all (or none inside the brackets)
    /// ```
    /// - Parameter name: The file's stem, e.g. `"weekdays"`.
    /// - Returns: One case per phrasing.
    /// - Throws: When the file cannot be read or a line is malformed (the error names file:line).
    public static func load(_ name: String) throws -> [CorpusCase] {
        let url = FixturePath.fixture("normalizer/\(name).txt")
        let content = try String(contentsOf: url, encoding: .utf8)
        return try parse(content, file: "\(name).txt")
    }

    /// The stems of every fixture file.
    public static func names() -> [String] {
        let dir = FixturePath.fixture("normalizer")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return files.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
    }

    public struct FormatError: Error, CustomStringConvertible {
        public var location: String
        public var problem: String
        public var description: String { "\(location): \(problem)" }
    }

    public static func parse(_ content: String, file: String) throws -> [CorpusCase] {
        var reference: String?
        var order = "mdy"
        var out: [CorpusCase] = []
        for (index, raw) in content.components(separatedBy: "\n").enumerated() {
            let location = "\(file):\(index + 1)"
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("@reference") {
                let v = line.dropFirst("@reference".count).trimmingCharacters(in: .whitespaces)
                reference = v == "none" ? nil : v
                continue
            }
            if line.hasPrefix("@date-order") {
                order = line.dropFirst("@date-order".count).trimmingCharacters(in: .whitespaces)
                continue
            }
            var fields = line.components(separatedBy: " | ").map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count >= 2 else { throw FormatError(location: location, problem: "expected 'value | phrasing'") }
            let head = fields.removeFirst().split(separator: " ").map(String.init)
            guard let value = head.first else { throw FormatError(location: location, problem: "no value") }
            let mod = head.count > 1 ? head[1] : nil
            var interval: (String, String)?
            if let f = fields.first {
                let parts = f.split(separator: " ").map(String.init)
                if parts.count == 2, parts.allSatisfy({ $0.count == 10 && $0.dropFirst(4).first == "-" && $0.first?.isNumber == true }) {
                    interval = (parts[0], parts[1])
                    fields.removeFirst()
                }
            }
            for phrase in fields where !phrase.isEmpty {
                let (text, target) = try marked(phrase, location: location)
                out.append(CorpusCase(location: location, reference: reference, dateOrder: order, text: text, target: target,
                                      value: value == "-" ? nil : value, mod: mod, interval: interval))
            }
        }
        return out
    }

    /// Removes one `[...]` pair and returns the text and the bracketed range in Unicode scalars.
    static func marked(_ phrase: String, location: String) throws -> (String, Range<Int>) {
        let scalars = Array(phrase.unicodeScalars)
        guard let open = scalars.firstIndex(of: "[") else { return (phrase, 0..<scalars.count) }
        guard let close = scalars.firstIndex(of: "]"), close > open else {
            throw FormatError(location: location, problem: "unclosed [ in \"\(phrase)\"")
        }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[..<open])
        text.append(contentsOf: scalars[(open + 1)..<close])
        text.append(contentsOf: scalars[(close + 1)...])
        return (String(text), open..<(close - 1))
    }
}
