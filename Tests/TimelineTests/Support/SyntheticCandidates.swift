import DateNormalizer
import Timeline
import TimelineTestSupport

/// Many candidates over a few weeks, from a small vocabulary, so that similarities tie often and
/// periods overlap days: a hard case for order independence.
enum SyntheticCandidates {
    static let subjects = ["The court", "Shares", "The army", "Rescuers", "The parliament", "Police", "The central bank", "Protesters"]
    static let verbs = ["ruled on", "fell over", "attacked", "searched", "approved", "arrested", "cut", "marched against"]
    static let objects = ["the border law", "oil prices", "rebel positions", "the collapsed mine", "the budget", "three suspects", "interest rates", "the new tax"]
    static let places = ["Lima", "Oslo", "Kabul", "Quito", "Accra"]

    static func make(count: Int, seed: UInt64) -> [EventCandidate] {
        var rng = SeededRandom(seed: seed)
        let first = CivilDate(year: 2014, month: 2, day: 20)!
        var result: [EventCandidate] = []
        for n in 0..<count {
            let topic = Int.random(in: 0..<subjects.count, using: &rng)
            let object = Bool.random(using: &rng) ? topic : Int.random(in: 0..<objects.count, using: &rng)
            let place = places[Int.random(in: 0..<places.count, using: &rng)]
            let day = first.adding(days: Int.random(in: 0..<21, using: &rng))!
            let date: EventDate
            let mention: String
            switch Int.random(in: 0..<10, using: &rng) {
            case 0:
                let monday = day.adding(days: 1 - day.weekday)!
                date = EventDate(value: "2014-W\(monday.dayNumber)", interval: CalendarInterval(start: monday, end: monday.adding(days: 7)!)!, granularity: .week)
                mention = "last week"
            case 1:
                let start = CivilDate(year: day.year, month: day.month, day: 1)!
                date = EventDate(value: String(start.description.prefix(7)), interval: CalendarInterval(start: start, end: start.adding(months: 1)!)!, granularity: .month)
                mention = "in the month"
            case 2:
                date = EventDate(value: "2014", interval: CalendarInterval(start: CivilDate(year: 2014, month: 1, day: 1)!, end: CivilDate(year: 2015, month: 1, day: 1)!)!, granularity: .year)
                mention = "this year"
            default:
                date = EventDate(day: day)
                mention = "on the day"
            }
            let sentence = "\(subjects[topic]) \(verbs[topic]) \(objects[object]) in \(place) \(mention)."
            result.append(EventCandidate(
                articleHash: "a\(n / 3)", sentenceIndex: n % 3, sentence: sentence, summary: sentence, mention: mention,
                date: date, entities: [place], published: day.adding(days: Int.random(in: 0..<4, using: &rng))))
        }
        return result
    }
}
