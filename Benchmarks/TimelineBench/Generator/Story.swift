import DateNormalizer

/// One news story of the generated world: a place, a person, an organisation, and the dated steps it
/// went through. Several articles report each story, each step more than once, as the news does.
struct Story {
    var place: String
    var person: String
    var role: String
    var organisation: String
    var subject: String
    /// The steps, in date order: day numbers and clauses with every placeholder filled.
    var steps: [(day: Int, clause: String)]

    var start: Int { steps[0].day }
    var end: Int { steps[steps.count - 1].day }

    /// Story number `index` of a corpus whose stories start one per `slot` days from `firstDay`.
    init(seed: UInt64, index: Int, firstDay: Int, slot: Double) {
        var random = SeededRandom(seed: seed, stream: 1, item: UInt64(index))
        place = random.pick(Vocabulary.places)
        person = random.pick(Vocabulary.firstNames) + " " + random.pick(Vocabulary.lastNames)
        role = random.pick(Vocabulary.roles)
        organisation = random.pick(Vocabulary.organisations)
        let kind = random.pick(Vocabulary.kinds)
        subject = kind.subject
        let start = firstDay + Int(Double(index) * slot) + random.below(max(1, Int(slot)))
        let duration: Int
        switch random.below(100) {
        case 0..<70: duration = random.within(10...90)
        case 70..<95: duration = random.within(90...365)
        default: duration = random.within(365...1000)
        }
        // The first step, then an ordered choice of the others, on increasing days.
        let count = min(kind.steps.count, random.within(4...7))
        var chosen = [0]
        var others = Array(1..<kind.steps.count)
        while chosen.count < count {
            chosen.append(others.remove(at: random.below(others.count)))
        }
        chosen.sort()
        var days = [start] + (1..<count).map { _ in start + random.within(1...duration) }
        days.sort()
        var steps: [(day: Int, clause: String)] = []
        for (day, step) in zip(days, chosen) {
            steps.append((day, Story.fill(kind.steps[step], place: place, person: person, role: role, organisation: organisation, random: &random)))
        }
        self.steps = steps
    }

    /// A template with `{place}`, `{person}`, `{role}`, `{org}`, `{n}`, `{pct}` and `{small}` filled.
    func fill(_ template: String, random: inout SeededRandom) -> String {
        Story.fill(template, place: place, person: person, role: role, organisation: organisation, random: &random)
    }

    static func fill(
        _ template: String, place: String, person: String, role: String, organisation: String, random: inout SeededRandom
    ) -> String {
        var out = ""
        out.reserveCapacity(template.utf8.count + 32)
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            out += rest[..<open]
            switch rest[rest.index(after: open)..<close] {
            case "place": out += place
            case "person": out += person
            case "role": out += role
            case "org": out += organisation
            case "n": out += String(random.within(12...9_800))
            case "pct": out += String(random.within(3...60))
            case "small": out += String(random.within(2...40))
            default: out += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        out += rest
        return out
    }
}

extension String {
    /// The text with its first letter upper-cased ("the council" → "The council").
    var capitalizedFirst: String {
        guard let first = first, first.isLowercase else { return self }
        return first.uppercased() + dropFirst()
    }
}
