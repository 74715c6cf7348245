/// Values for expressions that need a reference that is missing: what the words fix, with `X`
/// for the rest (`XXXX-12-15`, `XXXX-WXX-2`), and no interval.
enum Underspecified {
    static func timex(_ expr: DateExpr, dateOrder: Normalizer.DateOrder) -> Timex {
        switch expr {
        case .calendar(nil, let m, let d):
            let month = m.map { CivilDate.pad($0, 2) } ?? "XX"
            if let d { return Timex(type: .date, value: "XXXX-\(month)-\(CivilDate.pad(d, 2))", granularity: .day) }
            return Timex(type: .date, value: "XXXX-\(month)", granularity: .month)
        case .numeric(let a, let b, nil):
            if let (m, d, _) = CalendarResolution.order(a, b, dateOrder) {
                return Timex(type: .date, value: "XXXX-\(CivilDate.pad(m, 2))-\(CivilDate.pad(d, 2))", granularity: .day)
            }
        case .weekday(let w, _), .anaphoricWeekday(let w), .anaphoricWeekdayBefore(let w), .dayWithWeekday(_, let w), .nthWeekdayFromReference(_, let w):
            return Timex(type: .date, value: "XXXX-WXX-\(w)", granularity: .day)
        case .month(let m, _):
            return Timex(type: .date, value: "XXXX-\(CivilDate.pad(m, 2))", granularity: .month)
        case .quarter(let q, nil):
            return Timex(type: .date, value: "XXXX-Q\(q)", granularity: .quarter)
        case .half(let h, nil):
            return Timex(type: .date, value: "XXXX-H\(h)", granularity: .half)
        case .season(let s, nil, _):
            return Timex(type: .date, value: "XXXX-\(s.code)", granularity: .season)
        case .deictic(let u, _), .anaphoric(let u, _):
            return Timex(type: .date, value: placeholder(u), granularity: u.granularity)
        case .timed(let d, let t):
            let inner = timex(d, dateOrder: dateOrder)
            return Timex(type: .time, value: inner.value + "T" + TimeResolution.code(t), granularity: TimeResolution.granularity(t))
        case .span(let n, let u, _, _):
            return Timex(type: .duration, value: DurationExpr(n.map(Double.init), u).value)
        case .within(let n, let u):
            return Timex(type: .duration, value: DurationExpr(Double(n), u).value)
        case .startingFor(let d, _):
            return Timex(type: .duration, value: d.value)
        default:
            break
        }
        return Timex(type: .date, value: "XXXX-XX-XX")
    }

    static func placeholder(_ u: TimeUnit) -> String {
        switch u {
        case .second, .minute, .hour, .day: "XXXX-XX-XX"
        case .week: "XXXX-WXX"
        case .month: "XXXX-XX"
        case .quarter: "XXXX-QX"
        case .half: "XXXX-HX"
        case .year: "XXXX"
        case .decade: "XXX"
        case .century: "XX"
        }
    }
}
