/// Values for expressions that need a reference that is missing: what the words fix, with `X`
/// for the rest (`XXXX-12-15`, `XXXX-WXX-2`), and no interval.
enum Underspecified {
    static func timex(_ expr: DateExpr, dateOrder: Normalizer.DateOrder) -> Timex {
        switch expr {
        case .calendar(nil, let m, let d):
            let month = m.map { CivilDate.pad($0, 2) } ?? "XX"
            if let d { return Timex(type: .date, value: monthDay(m, d), granularity: .day) }
            return Timex(type: .date, value: "XXXX-\(month)", granularity: .month)
        case .numeric(let a, let b, nil):
            if let (m, d, _) = CalendarResolution.order(a, b, dateOrder) {
                return Timex(type: .date, value: monthDay(m, d), granularity: .day)
            }
        case .weekday(let w, _), .anaphoricWeekday(let w), .anaphoricWeekdayBefore(let w), .dayWithWeekday(_, let w), .nthWeekdayFromReference(_, let w):
            return Timex(type: .date, value: "XXXX-WXX-\(w)", granularity: .day)
        case .month(let m, _):
            return Timex(type: .date, value: "XXXX-\(CivilDate.pad(m, 2))", granularity: .month)
        case .quarter(let q, nil):
            return Timex(type: .date, value: "XXXX-Q\(q)", granularity: .quarter)
        case .half(let h, nil):
            return Timex(type: .date, value: "XXXX-H\(h)", granularity: .half)
        case .holiday(let id, nil, _):
            // a holiday on a fixed day keeps it ("XXXX-12-25"); a moving one fixes nothing
            if case .fixed(let m, let d) = Holidays.all[id].rule { return Timex(type: .date, value: monthDay(m, d), granularity: .day) }
        case .season(let s, nil, _):
            return Timex(type: .date, value: "XXXX-\(s.code)", granularity: .season)
        case .deictic(let u, _), .anaphoric(let u, _):
            return Timex(type: .date, value: placeholder(u), granularity: u.granularity)
        case .timed(let d, let t):
            // "tomorrow morning at 7:30": the inner value may carry a part of day (`XXXX-XX-XXTMO`);
            // the clock time replaces it, so the value has one time part.
            let inner = timex(d, dateOrder: dateOrder).value.split(separator: "T", maxSplits: 1).first ?? "XXXX-XX-XX"
            return Timex(type: .time, value: inner + "T" + TimeResolution.code(t), granularity: TimeResolution.granularity(t))
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

    /// `XXXX-12-15` for a day some year has; a day no year has ("Feb. 30", "Sept. 31") names no date,
    /// so its value says nothing about it: `XXXX-XX-XX`.
    static func monthDay(_ month: Int?, _ day: Int) -> String {
        guard let month else { return (1...31).contains(day) ? "XXXX-XX-\(CivilDate.pad(day, 2))" : "XXXX-XX-XX" }
        // 2000 is a leap year: February 29 exists in some year.
        guard CivilDate(year: 2000, month: month, day: day) != nil else { return "XXXX-XX-XX" }
        return "XXXX-\(CivilDate.pad(month, 2))-\(CivilDate.pad(day, 2))"
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
