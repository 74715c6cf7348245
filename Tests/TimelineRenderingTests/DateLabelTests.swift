import DateNormalizer
import Foundation
import Testing
import Timeline
import TimelineTestSupport
@testable import TimelineRendering

/// One line of `Fixtures/Reports/date-labels.txt`.
struct DateLabelCase: CustomTestStringConvertible, Sendable {
    var line: Int
    var date: EventDate
    var full: String
    var withoutYear: String

    var testDescription: String { "date-labels.txt:\(line) \(date.value)\(date.mod.map { " " + $0.rawValue } ?? "")" }

    static func load() throws -> [DateLabelCase] {
        let url = FixturePath.fixture("Reports/date-labels.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        var cases: [DateLabelCase] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count == 4, let granularity = Granularity(rawValue: fields[1]) else {
                throw FixtureError("date-labels.txt:\(index + 1): expected `value [MOD] [@START..END] | granularity | full | without year`")
            }
            var value = ""
            var mod: TimexMod?
            var interval = CalendarInterval(day: CivilDate(year: 2000, month: 1, day: 1)!)
            for (position, word) in fields[0].split(separator: " ").enumerated() {
                if position == 0 {
                    value = String(word)
                } else if word.hasPrefix("@") {
                    let ends = word.dropFirst().components(separatedBy: "..")
                    guard ends.count == 2, let start = CivilDate(iso: ends[0]), let end = CivilDate(iso: ends[1]),
                          let parsed = CalendarInterval(start: start, end: end)
                    else { throw FixtureError("date-labels.txt:\(index + 1): bad interval \(word)") }
                    interval = parsed
                } else if let parsed = TimexMod(rawValue: String(word)) {
                    mod = parsed
                } else {
                    throw FixtureError("date-labels.txt:\(index + 1): unknown modifier \(word)")
                }
            }
            let date = EventDate(value: value, mod: mod, interval: interval, granularity: granularity)
            cases.append(DateLabelCase(line: index + 1, date: date, full: fields[2], withoutYear: fields[3]))
        }
        return cases
    }
}

@Suite("DateLabel")
struct DateLabelTests {
    @Test("each fixture value reads as its full label", arguments: try DateLabelCase.load())
    func full(_ c: DateLabelCase) {
        #expect(DateLabel.label(for: c.date) == c.full, "date-labels.txt:\(c.line)")
    }

    @Test("each fixture value reads as its label under a year heading", arguments: try DateLabelCase.load())
    func withoutYear(_ c: DateLabelCase) {
        #expect(DateLabel.label(for: c.date, style: .withoutYear) == c.withoutYear, "date-labels.txt:\(c.line)")
    }

    @Test("the fixture covers every granularity and every modifier")
    func coverage() throws {
        let cases = try DateLabelCase.load()
        let granularities = Set(cases.map(\.date.granularity))
        let missing = Granularity.allCases.filter { !granularities.contains($0) }
        #expect(missing.isEmpty, "no date-labels.txt line for granularity \(missing)")
        let mods = Set(cases.compactMap(\.date.mod))
        let missingMods = TimexMod.allCases.filter { !mods.contains($0) }
        #expect(missingMods.isEmpty, "no date-labels.txt line for modifier \(missingMods)")
    }

    @Test("the year a label names is the Monday's year for a week that starts in December")
    func labelYear() throws {
        let start = try #require(CivilDate(iso: "2014-12-29"))
        let week = EventDate(value: "2015-W01", interval: try #require(CalendarInterval(start: start, end: start.adding(days: 7)!)), granularity: .week)
        #expect(DateLabel.labelYear(for: week) == 2014)
        let decade = EventDate(value: "199", interval: try #require(CalendarInterval(start: CivilDate(year: 1990, month: 1, day: 1)!, end: CivilDate(year: 2000, month: 1, day: 1)!)), granularity: .decade)
        #expect(DateLabel.labelYear(for: decade) == nil)
    }
}

/// A malformed fixture line.
struct FixtureError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
