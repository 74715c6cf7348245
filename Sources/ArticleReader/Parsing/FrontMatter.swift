/// The front matter at the top of a Markdown file, as static-site generators write it: YAML between
/// `---` lines (Jekyll, Hugo, Eleventy) or TOML between `+++` lines (Hugo).
///
/// ```yaml
/// ---
/// title: "Russia, US call for common ground"
/// date: 2015-12-16T09:37:00+08:00
/// source: Xinhua
/// tags: [diplomacy, syria]
/// ---
/// ```
///
/// Only flat `key: value` pairs are read (quoted or not, a trailing `# comment` dropped), plus lists of
/// scalars (`authors:` followed by `- name` lines, or `[a, b]`), joined by commas. Nested maps are
/// skipped. Keys are lowercased.
struct FrontMatter {
    var fields: [String: String] = [:]

    /// Where the body starts (the byte after the closing line), or nil when `text` has no front matter.
    /// `unclosed` is set when an opening `---` has no closing line.
    static func parse(_ text: ArraySlice<UInt8>, unclosed: inout Bool) -> (FrontMatter, body: Int)? {
        let lines = Bytes.lines(text)
        guard let first = lines.first else { return nil }
        let opening = Bytes.trimmed(first)
        let isYAML = opening.elementsEqual("---".utf8)
        let isTOML = opening.elementsEqual("+++".utf8)
        guard isYAML || isTOML else { return nil }
        var matter = FrontMatter()
        var listKey: String?
        for line in lines.dropFirst() {
            let t = Bytes.trimmed(line)
            if t.elementsEqual(isYAML ? "---".utf8 : "+++".utf8) || (isYAML && t.elementsEqual("...".utf8)) {
                return (matter, min(line.endIndex + 1, text.endIndex))
            }
            if isYAML, let key = listKey, let first = t.first, first == 0x2D, t.count >= 2, line.first == Bytes.space || line.first == Bytes.tab || line.first == 0x2D {
                let item = FrontMatter.scalar(Bytes.trimmed(t.dropFirst()))
                if !item.isEmpty { matter.fields[key] = (matter.fields[key].map { $0 + ", " } ?? "") + item }
                continue
            }
            listKey = nil
            // Indented lines belong to a nested map: skipped.
            if let first = line.first, first == Bytes.space || first == Bytes.tab { continue }
            guard let separator = t.firstIndex(of: isYAML ? 0x3A : 0x3D) else { continue }
            let key = Bytes.string(Bytes.trimmed(t[t.startIndex..<separator])).lowercased()
            let value = Bytes.trimmed(t[(separator + 1)...])
            if key.isEmpty || key.hasPrefix("#") { continue }
            if value.isEmpty {
                listKey = key
                continue
            }
            if value.first == 0x5B, value.last == 0x5D {
                let items = value.dropFirst().dropLast().split(separator: 0x2C).map { FrontMatter.scalar(Bytes.trimmed($0)) }.filter { !$0.isEmpty }
                matter.fields[key] = items.joined(separator: ", ")
                continue
            }
            matter.fields[key] = FrontMatter.scalar(value)
        }
        unclosed = true
        return nil
    }

    /// A scalar: quoted (`"..."` with backslash escapes, `'...'` with `''`) or plain without a `# comment`.
    static func scalar(_ v: ArraySlice<UInt8>) -> String {
        guard let first = v.first else { return "" }
        if first == 0x22 || first == 0x27 {
            var out: [UInt8] = []
            var i = v.startIndex + 1
            while i < v.endIndex {
                let b = v[i]
                if b == first {
                    if first == 0x27, i + 1 < v.endIndex, v[i + 1] == 0x27 {
                        out.append(0x27)
                        i += 2
                        continue
                    }
                    break
                }
                if first == 0x22, b == 0x5C, i + 1 < v.endIndex {
                    let e = v[i + 1]
                    switch e {
                    case 0x6E: out.append(Bytes.space)
                    case 0x74: out.append(Bytes.space)
                    default: out.append(e)
                    }
                    i += 2
                    continue
                }
                out.append(b)
                i += 1
            }
            return Bytes.string(out[...])
        }
        var end = v.endIndex
        var k = v.startIndex
        while k < v.endIndex {
            if v[k] == 0x23, k > v.startIndex, Bytes.isSpace(v[k - 1]) {
                end = k
                break
            }
            k += 1
        }
        return Bytes.string(Bytes.trimmed(v[v.startIndex..<end]))
    }
}
