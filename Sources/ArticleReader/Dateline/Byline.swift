/// `By Jane Doe`, `BY JANE DOE`, `By Jane Doe and John Roe, Reuters`, `By Jane Doe in Moscow`.
enum Byline {
    static func parse(_ p: ArraySlice<UInt8>) -> HeaderInfo? {
        guard p.count >= 4, p.count <= 160, Bytes.hasPrefix(p, caseInsensitive: Array("by ".utf8)),
              p[p.startIndex] == 0x42 || p[p.startIndex] == 0x62
        else { return nil }
        let rest = Bytes.trimmed(p.dropFirst(3))
        var parts = rest.split(separator: 0x2C).map { Bytes.trimmed($0) }.filter { !$0.isEmpty }
        guard !parts.isEmpty else { return nil }
        var agency: String?
        if parts.count > 1, let last = parts.last, Agencies.contains(Bytes.string(last)) {
            agency = Bytes.string(last)
            parts.removeLast()
        }
        // `By Jane Doe in Moscow`: the place is not part of the name.
        var name = parts[0]
        if let range = firstRange(of: Array(" in ".utf8), in: name) { name = name[name.startIndex..<range] }
        guard HeaderLine.isShortName(name, maxWords: 10) else { return nil }
        for extra in parts.dropFirst() where !HeaderLine.isShortName(extra, maxWords: 6) { return nil }
        var byline = Bytes.string(name)
        for extra in parts.dropFirst() { byline += ", " + Bytes.string(extra) }
        if agency == nil, parts.count == 1, Agencies.contains(byline) { agency = byline }
        return HeaderInfo(source: agency, byline: byline)
    }

    private static func firstRange(of needle: [UInt8], in s: ArraySlice<UInt8>) -> Int? {
        guard s.count >= needle.count else { return nil }
        var i = s.startIndex
        while i + needle.count <= s.endIndex {
            if s[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}
