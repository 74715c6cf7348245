/// Fully written dates ("Dec. 16, 2015", "2015", "the 1990s") and numeric dates in either order.
enum CalendarResolution {
    static func resolve(year: Int, month: Int?, day: Int?) -> Step? {
        if let month, let day {
            guard let d = CivilDate(year: year, month: month, day: day) else { return nil }
            return Step(period: .day(d), trace: "written date")
        }
        if let month { return Period.month(year, month).map { Step(period: $0, trace: "written month") } }
        return Period.year(year).map { Step(period: $0, trace: "written year") }
    }

    /// `04/05/2015`: a part above 12 settles the order; otherwise the `dateOrder` option does.
    static func order(_ a: Int, _ b: Int, _ option: Normalizer.DateOrder) -> (month: Int, day: Int, why: String)? {
        if a > 12, b <= 12 { return (b, a, "day first: \(a) > 12") }
        if b > 12, a <= 12 { return (a, b, "month first: \(b) > 12") }
        guard a <= 12, b <= 12 else { return nil }
        return option == .mdy ? (a, b, "month first (--date-order mdy)") : (b, a, "day first (--date-order dmy)")
    }
}
