/// One piece of a rule's pattern, named by what it reads, never by position.
///
/// ```swift
/// Rule("<month> <day>, <year>", [.month, .day, .optional(.punct(",")), .year],
///      examples: ["Dec. 16, 2015", "December 16 2015"]) { m in .date(.calendar(year: m.year, month: m.month, day: m.day)) }
/// ```
indirect enum Slot: Sendable {
    /// One word, compared without case ("ago").
    case word(String)
    /// Any one of these words.
    case words([String])
    /// One punctuation character ("-", "/", ",", ".").
    case punct(Character)
    /// Present or not; rules are expanded into both variants when compiled.
    case optional(Slot)
    /// Read but kept outside the mention's extent, as TimeML keeps prepositions out ("on" in "on Tuesday").
    case context(Slot)
    /// Written against the previous token, with no space ("15" "th", "2015" "-" "12").
    case glued(Slot)
    /// A weekday name ("Tuesday", "Tues.").
    case weekday
    /// A month name ("November", "Nov.", "may" when confirmed).
    case month
    /// A day of the month, 1...31: "14", "14th", "fourteenth", "twenty-first".
    case day
    /// A month number 1...12 in digits.
    case monthNumber
    /// A four-digit year 1000...2999, or a year in words ("nineteen ninety-six").
    case year
    /// Exactly two digits (a short year, "'98", "10/31/74").
    case twoDigits
    /// Digits with a value in `range` and a digit count in `digits`.
    case integer(ClosedRange<Int>, digits: ClosedRange<Int>)
    /// A count in digits or words ("3", "three", "twenty five").
    case number
    /// An ordinal ("third", "3rd", "twenty-first").
    case ordinal
    /// An ordinal in digits only ("14th"): "the 14th" is a date, "the first" rarely is.
    case ordinalDigits
    /// A unit word ("day", "weeks", "fortnight").
    case unit
    /// A part of the day ("morning", "night").
    case partOfDay
    case season
    /// A chart entry of one kind, built by another rule ("<date>", "<time>", "<duration>").
    case entry(ChartKind)
}

/// What a rule read: the values of its slots, by kind, in pattern order.
struct Match: Sendable {
    var weekdays: [Int] = []
    var months: [Int] = []
    var days: [Int] = []
    var years: [Int] = []
    var numbers: [Int] = []
    var ordinals: [Int] = []
    var units: [TimeUnit] = []
    var unitCounts: [Int] = []
    var parts: [PartOfDay] = []
    var seasons: [Season] = []
    var words: [String] = []
    var dates: [DateExpr] = []
    var times: [TimeSpec] = []
    var durations: [DurationExpr] = []
    var sets: [String] = []
    /// Whether the month slot was read from a latent word ("may", "march") or the weekday from "sun".
    var latentWord = false
    /// Whether the first word was capitalized.
    var capitalized = false

    /// Which lists hold values (bit `i` for the `i`-th list in declaration order), so `reset` empties
    /// only those.
    var used: UInt32 = 0

    /// Empties the lists in use, keeping their storage: the matcher reuses one `Match` for every rule
    /// it completes, so filling it allocates nothing once the lists have grown.
    mutating func reset() {
        if used != 0 {
            if used & (1 << 0) != 0 { weekdays.removeAll(keepingCapacity: true) }
            if used & (1 << 1) != 0 { months.removeAll(keepingCapacity: true) }
            if used & (1 << 2) != 0 { days.removeAll(keepingCapacity: true) }
            if used & (1 << 3) != 0 { years.removeAll(keepingCapacity: true) }
            if used & (1 << 4) != 0 { numbers.removeAll(keepingCapacity: true) }
            if used & (1 << 5) != 0 { ordinals.removeAll(keepingCapacity: true) }
            if used & (1 << 6) != 0 { units.removeAll(keepingCapacity: true) }
            if used & (1 << 7) != 0 { unitCounts.removeAll(keepingCapacity: true) }
            if used & (1 << 8) != 0 { parts.removeAll(keepingCapacity: true) }
            if used & (1 << 9) != 0 { seasons.removeAll(keepingCapacity: true) }
            if used & (1 << 10) != 0 { words.removeAll(keepingCapacity: true) }
            if used & (1 << 11) != 0 { dates.removeAll(keepingCapacity: true) }
            if used & (1 << 12) != 0 { times.removeAll(keepingCapacity: true) }
            if used & (1 << 13) != 0 { durations.removeAll(keepingCapacity: true) }
            if used & (1 << 14) != 0 { sets.removeAll(keepingCapacity: true) }
            used = 0
        }
        latentWord = false
        capitalized = false
    }

    var weekday: Int { weekdays.first ?? 1 }
    var month: Int { months.first ?? 1 }
    var day: Int { days.first ?? 1 }
    var year: Int { years.first ?? 2000 }
    var number: Int { numbers.first ?? 1 }
    var ordinal: Int { ordinals.first ?? 1 }
    var unit: TimeUnit { units.first ?? .day }
    /// The count a unit word carries ("fortnight" = 2).
    var unitCount: Int { unitCounts.first ?? 1 }
    var part: PartOfDay { parts.first ?? .morning }
    var season: Season { seasons.first ?? .summer }
    var date: DateExpr { dates.first ?? .deictic(.day, 0) }
    var time: TimeSpec { times.first ?? .part(.morning) }
    var duration: DurationExpr { durations.first ?? DurationExpr(1, .day) }

    /// Whether one of the `.words` slots read `word`.
    func has(_ word: String) -> Bool { words.contains(word) }
    func has(any list: [String]) -> Bool { list.contains { words.contains($0) } }
}

/// A grammar rule: a name in grammar notation, a pattern of named slots, a production and examples.
///
/// Examples are phrases the rule must read; the fixture files hold the expected values, and a
/// coverage test checks every rule name appears in some fixture's trace.
struct Rule: Sendable {
    let name: String
    let pattern: [Slot]
    let examples: [String]
    /// Whether the result stands alone only when context confirms it (a bare "May", "1990").
    let latent: Bool
    let produce: @Sendable (Match) -> Temporal?
    /// The case `Plausibility` knows this rule by, if it checks it by name.
    let checked: CheckedRule

    init(_ name: String, _ pattern: [Slot], latent: Bool = false, examples: [String] = [],
         _ produce: @escaping @Sendable (Match) -> Temporal?) {
        self.name = name
        self.pattern = pattern
        self.examples = examples
        self.latent = latent
        self.produce = produce
        self.checked = CheckedRule(rawValue: name) ?? .other
    }
}
