/// Reads the small plain-text tables the reader keeps in Swift string literals (agency names,
/// boilerplate markers, abbreviations), so a non-programmer can extend them line by line.
///
/// Each table states its FORMAT in `#` comment lines at the top. A row is one line: with `columns: 2`
/// the first word is a kind and the rest of the line (after the spaces that follow it) is the value;
/// with `columns: 1` the whole trimmed line is the value. Blank lines and `#` lines are skipped.
enum DataTable {
    struct Row: Sendable, Hashable {
        var kind: String
        var value: String
        /// 1-based line within the table, for messages.
        var line: Int
    }

    static func rows(_ table: String, columns: Int) -> [Row] {
        var rows: [Row] = []
        var number = 0
        for raw in table.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let line = raw.trimmingSpaces
            if line.isEmpty || line.hasPrefix("#") { continue }
            if columns == 1 {
                rows.append(Row(kind: "", value: line, line: number))
                continue
            }
            guard let gap = line.firstIndex(where: { $0 == " " || $0 == "\t" }) else { continue }
            let kind = String(line[..<gap])
            let value = line[gap...].trimmingSpaces
            if !value.isEmpty { rows.append(Row(kind: kind, value: value, line: number)) }
        }
        return rows
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        var lo = scalars.startIndex
        var hi = scalars.endIndex
        while lo < hi, scalars[lo] == " " || scalars[lo] == "\t" || scalars[lo] == "\r" { lo = scalars.index(after: lo) }
        while hi > lo {
            let before = scalars.index(before: hi)
            guard scalars[before] == " " || scalars[before] == "\t" || scalars[before] == "\r" else { break }
            hi = before
        }
        return String(String.UnicodeScalarView(scalars[lo..<hi]))
    }
}
