import ArticleReader
import DateNormalizer
import Foundation
import Testing
import Timeline
import TimelineTestSupport

/// A story fixture from `Fixtures/Timeline/*.story`: articles with hand-marked date mentions and
/// the expectations on their candidates and events. The format is described in `Fixtures/Timeline/README.md`.
struct Story: Sendable {
    struct StoryArticle: Sendable {
        var id: String
        var article: Article
        var mentions: [TemporalMention]
    }

    /// One expectation line.
    struct Directive: Sendable, CustomTestStringConvertible, CustomStringConvertible {
        var file: String
        var line: Int
        var kind: String
        var arguments: [String]
        var text: String

        var description: String { "\(file):\(line): \(text)" }
        var testDescription: String { description }
    }

    var file: String
    var articles: [StoryArticle]
    var directives: [Directive]

    /// Every story of `Fixtures/Timeline`, by file name.
    static func all() throws -> [Story] {
        let folder = FixturePath.fixture("Timeline")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".story") }.sorted()
        return try names.map { try Story(file: $0, text: String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)) }
    }

    /// Every directive of every story.
    static func allDirectives() throws -> [Directive] { try all().flatMap(\.directives) }

    /// The story named `file`.
    static func named(_ file: String) throws -> Story {
        guard let story = try all().first(where: { $0.file == file }) else { throw StoryError(message: "no story \(file)") }
        return story
    }

    init(file: String, text: String) throws {
        self.file = file
        var articles: [StoryArticle] = []
        var directives: [Directive] = []
        var current: (id: String, published: Reference?, title: String, place: String?, lines: [String])?
        func finish() throws {
            guard let c = current else { return }
            articles.append(try Story.build(id: c.id, published: c.published, title: c.title, place: c.place, lines: c.lines, file: file))
            current = nil
        }
        for (n, raw) in text.components(separatedBy: "\n").enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("@article ") {
                try finish()
                let parts = line.dropFirst(9).split(separator: "|", omittingEmptySubsequences: false)
                    .map { $0.trimmingCharacters(in: .whitespaces) }
                guard parts.count >= 3 else { throw StoryError(message: "\(file):\(n + 1): @article ID | PUBLISHED | TITLE [| PLACE]") }
                let published = parts[1] == "-" ? nil : Reference(parsing: parts[1])
                if parts[1] != "-", published == nil { throw StoryError(message: "\(file):\(n + 1): bad date \(parts[1])") }
                current = (parts[0], published, parts[2], parts.count > 3 ? parts[3] : nil, [])
            } else if line.hasPrefix("@") {
                let body = String(line.dropFirst())
                let kind = String(body.prefix { $0 != " " })
                let rest = body.dropFirst(kind.count).trimmingCharacters(in: .whitespaces)
                directives.append(Directive(file: file, line: n + 1, kind: kind, arguments: [rest], text: line))
            } else if current != nil {
                current?.lines.append(raw.trimmingCharacters(in: .whitespaces))
            } else {
                throw StoryError(message: "\(file):\(n + 1): text outside an article")
            }
        }
        try finish()
        self.articles = articles
        self.directives = directives
    }

    /// An article from its marked lines: `[text|VALUE]`, `[text|VALUE MOD]`, `[text|TYPE VALUE]`.
    static func build(id: String, published: Reference?, title: String, place: String?, lines: [String], file: String) throws -> StoryArticle {
        var paragraphs: [String] = []
        var mentions: [TemporalMention] = []
        var offset = 0
        for line in lines {
            var plain: [Unicode.Scalar] = []
            let scalars = Array(line.unicodeScalars)
            var i = 0
            while i < scalars.count {
                if scalars[i] == "[", let bar = scalars[i...].firstIndex(of: "|"), let close = scalars[bar...].firstIndex(of: "]") {
                    let text = String(String.UnicodeScalarView(scalars[(i + 1)..<bar]))
                    let spec = String(String.UnicodeScalarView(scalars[(bar + 1)..<close]))
                    let start = offset + plain.count
                    plain += scalars[(i + 1)..<bar]
                    let timex = try Story.timex(spec, file: file)
                    mentions.append(TemporalMention(text: text, span: start..<start + (bar - i - 1), timex: timex, rule: "fixture"))
                    i = close + 1
                } else {
                    plain.append(scalars[i])
                    i += 1
                }
            }
            paragraphs.append(String(String.UnicodeScalarView(plain)))
            offset += plain.count + 2
        }
        let article = Article(title: title, published: published, place: place, paragraphs: paragraphs, origin: "\(file):\(id)", format: .text)
        return StoryArticle(id: id, article: article, mentions: mentions)
    }

    /// A TIMEX3 annotation from `[TYPE] VALUE [MOD] [START/END]`, with the interval a resolved value
    /// covers, or START/END when given.
    static func timex(_ spec: String, file: String) throws -> Timex {
        var parts = spec.split(separator: " ").map(String.init)
        var type: TimexType?
        if let first = parts.first, let t = TimexType(rawValue: first) {
            type = t
            parts.removeFirst()
        }
        guard let value = parts.first else { throw StoryError(message: "\(file): empty mention spec [\(spec)]") }
        // An interval the normalizer narrowed ("earlier this month"): `START/END`, END exclusive.
        var narrowed: CalendarInterval?
        if let last = parts.last, parts.count > 1, last.contains("/") {
            let ends = last.split(separator: "/").map(String.init)
            guard ends.count == 2, let s = CivilDate(iso: ends[0]), let e = CivilDate(iso: ends[1]), let i = CalendarInterval(start: s, end: e)
            else { throw StoryError(message: "\(file): bad interval in [\(spec)]") }
            narrowed = i
            parts.removeLast()
        }
        let mod = parts.count > 1 ? TimexMod(rawValue: parts[1]) : nil
        if value.hasPrefix("P") { return Timex(type: type ?? .duration, value: value) }
        if value.hasSuffix("_REF") { return Timex(type: type ?? .date, value: value) }
        var (interval, granularity) = Story.interval(of: value)
        if let narrowed { interval = narrowed }
        return Timex(type: type ?? (value.contains("T") ? .time : .date), value: value, mod: mod, interval: interval, granularity: granularity)
    }

    /// The calendar interval and granularity of a TIMEX3 value; nil interval when not resolved.
    static func interval(of value: String) -> (CalendarInterval?, Granularity?) {
        let parts = value.split(separator: "T", maxSplits: 1).map(String.init)
        let date = parts[0]
        let fields = date.split(separator: "-").map(String.init)
        guard let year = Int(fields[0]), fields[0].count == 4 else {
            if let decade = Int(date), date.count == 3, let s = CivilDate(year: decade * 10, month: 1, day: 1),
               let e = CivilDate(year: decade * 10 + 10, month: 1, day: 1) {
                return (CalendarInterval(start: s, end: e), .decade)
            }
            return (nil, nil)
        }
        if parts.count == 2, let day = CivilDate(iso: date) {
            let g: Granularity = parts[1].contains(":") ? .minute : .partOfDay
            return (CalendarInterval(day: day), g)
        }
        if fields.count == 3, let day = CivilDate(iso: date) { return (CalendarInterval(day: day), .day) }
        if fields.count == 1, let s = CivilDate(year: year, month: 1, day: 1), let e = CivilDate(year: year + 1, month: 1, day: 1) {
            return (CalendarInterval(start: s, end: e), .year)
        }
        let f = fields[1]
        if f.hasPrefix("W"), let week = Int(f.dropFirst()),
           let jan4 = CivilDate(year: year, month: 1, day: 4), let monday = jan4.adding(days: 1 - jan4.weekday + (week - 1) * 7) {
            if fields.count == 3, fields[2] == "WE", let sat = monday.adding(days: 5), let mon = monday.adding(days: 7) {
                return (CalendarInterval(start: sat, end: mon), .weekend)
            }
            return (monday.adding(days: 7).flatMap { CalendarInterval(start: monday, end: $0) }, .week)
        }
        if f.hasPrefix("Q"), let q = Int(f.dropFirst()), let s = CivilDate(year: year, month: q * 3 - 2, day: 1), let e = s.adding(months: 3) {
            return (CalendarInterval(start: s, end: e), .quarter)
        }
        let seasons = ["SP": 3, "SU": 6, "FA": 9, "WI": 12]
        if let m = seasons[f], let s = CivilDate(year: year, month: m, day: 1), let e = s.adding(months: 3) {
            return (CalendarInterval(start: s, end: e), .season)
        }
        if let month = Int(f), let s = CivilDate(year: year, month: month, day: 1), let e = s.adding(months: 1) {
            return (CalendarInterval(start: s, end: e), .month)
        }
        return (nil, nil)
    }

    /// Every candidate of the story, with its reference `ID.N` (N the 1-based paragraph).
    func candidates(extractor: EventExtractor = EventExtractor()) -> [(ref: String, candidate: EventCandidate)] {
        articles.flatMap { a in
            extractor.candidates(in: a.article, mentions: a.mentions).map { c in
                ("\(a.id).\(a.article.sentences[c.sentenceIndex].paragraph + 1)", c)
            }
        }
    }
}

struct StoryError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
