/// One token of an HTML document.
enum HTMLToken {
    /// Character data, raw (references not decoded): a range of the input.
    case text(Range<Int>)
    /// `<name attr="value">`; the name is lowercase.
    case startTag(name: [UInt8], attributes: [HTMLAttribute], selfClosing: Bool)
    /// `</name>`; the name is lowercase.
    case endTag(name: [UInt8])
    /// The content of `<script>`, `<style>`, `<title>`, `<textarea>`...: text, never markup.
    case rawText(Range<Int>)
}

/// One attribute; the name is lowercase, the value a raw range of the input (references not decoded).
struct HTMLAttribute {
    var name: [UInt8]
    var value: Range<Int>
}

/// A tolerant HTML tokenizer over UTF-8 bytes, written by hand: no regular expressions, one forward
/// pass, linear in the input whatever it holds.
///
/// It follows the HTML standard where it matters for extracting text and skips the rest: comments
/// (an unclosed one runs to the end), `<!DOCTYPE>`, `<?...>`, CDATA sections (read as text), raw-text
/// elements whose content is never markup (`<script>` up to `</script`), unquoted, single- and
/// double-quoted attributes, a `<` that starts no tag (kept as text). It keeps no stack: nesting, however
/// deep or broken, is the consumer's business (`HTMLFormat`).
struct HTMLTokenizer {
    let u: UnsafeBufferPointer<UInt8>
    private var i = 0
    /// The element whose raw text comes next, after its start tag.
    private var rawTextElement: [UInt8]?

    static let rawTextElements: Set<[UInt8]> = Set(
        ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript"].map { Array($0.utf8) })

    init(_ bytes: UnsafeBufferPointer<UInt8>) { u = bytes }

    mutating func next() -> HTMLToken? {
        let n = u.count
        if let element = rawTextElement {
            rawTextElement = nil
            let start = i
            let end = findEndTag(element, from: i)
            i = end
            if end > start { return .rawText(start..<end) }
        }
        while i < n {
            if u[i] != 0x3C {
                let start = i
                while i < n, u[i] != 0x3C { i += 1 }
                return .text(start..<i)
            }
            // `<`
            guard i + 1 < n else {
                i = n
                return .text((n - 1)..<n)
            }
            let c = u[i + 1]
            if Bytes.isLetter(c) {
                return startTag()
            } else if c == 0x2F {
                if i + 2 < n, Bytes.isLetter(u[i + 2]) { return endTag() }
                skipPast(0x3E, from: i + 2)  // `</ >`, `</3>`: a bogus comment
            } else if c == 0x21 {
                if let cdata = markupDeclaration() { return .text(cdata) }
            } else if c == 0x3F {
                skipPast(0x3E, from: i + 2)
            } else {
                let start = i
                i += 1
                return .text(start..<i)  // a `<` that opens nothing
            }
        }
        return nil
    }

    /// Moves past the next `byte` at or after `from`, or to the end.
    private mutating func skipPast(_ byte: UInt8, from: Int) {
        var k = from
        while k < u.count, u[k] != byte { k += 1 }
        i = min(k + 1, u.count)
    }

    /// `<!-- ... -->`, `<!DOCTYPE ...>`, `<![CDATA[ ... ]]>`; returns the CDATA content range.
    private mutating func markupDeclaration() -> Range<Int>? {
        let n = u.count
        if i + 3 < n, u[i + 2] == 0x2D, u[i + 3] == 0x2D {
            var k = i + 4
            // `<!-->` and `<!--->` are empty comments.
            if k < n, u[k] == 0x3E { i = k + 1; return nil }
            if k + 1 < n, u[k] == 0x2D, u[k + 1] == 0x3E { i = k + 2; return nil }
            while k + 2 < n {
                if u[k] == 0x2D, u[k + 1] == 0x2D, u[k + 2] == 0x3E {
                    i = k + 3
                    return nil
                }
                if u[k] == 0x2D, u[k + 1] == 0x2D, k + 3 < n, u[k + 2] == 0x21, u[k + 3] == 0x3E {
                    i = k + 4
                    return nil
                }
                k += 1
            }
            i = n  // an unclosed comment runs to the end
            return nil
        }
        let cdata: [UInt8] = Array("[CDATA[".utf8)
        if i + 2 + cdata.count <= n, u[(i + 2)..<(i + 2 + cdata.count)].elementsEqual(cdata) {
            let start = i + 2 + cdata.count
            var k = start
            while k + 2 < n, !(u[k] == 0x5D && u[k + 1] == 0x5D && u[k + 2] == 0x3E) { k += 1 }
            if k + 2 >= n {
                i = n
                return start..<n
            }
            i = k + 3
            return start..<k
        }
        skipPast(0x3E, from: i + 2)
        return nil
    }

    private mutating func tagName() -> [UInt8] {
        var name: [UInt8] = []
        while i < u.count {
            let b = u[i]
            if Bytes.isSpace(b) || b == 0x2F || b == 0x3E { break }
            name.append(Bytes.lower(b))
            i += 1
        }
        return name
    }

    private mutating func startTag() -> HTMLToken {
        let n = u.count
        i += 1
        let name = tagName()
        var attributes: [HTMLAttribute] = []
        var selfClosing = false
        while i < n {
            let b = u[i]
            if Bytes.isSpace(b) {
                i += 1
                continue
            }
            if b == 0x3E {
                i += 1
                break
            }
            if b == 0x2F {
                i += 1
                if i < n, u[i] == 0x3E {
                    selfClosing = true
                    i += 1
                    break
                }
                continue
            }
            // An attribute name: up to whitespace, `/`, `>` or `=` (a leading `=` belongs to the name).
            var attrName: [UInt8] = [Bytes.lower(b)]
            i += 1
            while i < n {
                let c = u[i]
                if Bytes.isSpace(c) || c == 0x2F || c == 0x3E || c == 0x3D { break }
                attrName.append(Bytes.lower(c))
                i += 1
            }
            while i < n, Bytes.isSpace(u[i]) { i += 1 }
            var value = i..<i
            if i < n, u[i] == 0x3D {
                i += 1
                while i < n, Bytes.isSpace(u[i]) { i += 1 }
                if i < n, u[i] == 0x22 || u[i] == 0x27 {
                    let quote = u[i]
                    let start = i + 1
                    var k = start
                    while k < n, u[k] != quote { k += 1 }
                    value = start..<k
                    i = min(k + 1, n)
                } else {
                    let start = i
                    while i < n, !Bytes.isSpace(u[i]), u[i] != 0x3E { i += 1 }
                    value = start..<i
                }
            }
            attributes.append(HTMLAttribute(name: attrName, value: value))
        }
        if !selfClosing, HTMLTokenizer.rawTextElements.contains(name) { rawTextElement = name }
        return .startTag(name: name, attributes: attributes, selfClosing: selfClosing)
    }

    private mutating func endTag() -> HTMLToken {
        i += 2
        let name = tagName()
        skipPast(0x3E, from: i)
        return .endTag(name: name)
    }

    /// The index of `</element` (followed by a space, `/` or `>`) at or after `from`, or the end.
    private func findEndTag(_ element: [UInt8], from: Int) -> Int {
        let n = u.count
        var k = from
        while k < n {
            guard u[k] == 0x3C else {
                k += 1
                continue
            }
            if k + 1 < n, u[k + 1] == 0x2F, k + 2 + element.count <= n {
                var matches = true
                for (offset, e) in element.enumerated() where Bytes.lower(u[k + 2 + offset]) != e {
                    matches = false
                    break
                }
                let after = k + 2 + element.count
                if matches, after == n || Bytes.isSpace(u[after]) || u[after] == 0x2F || u[after] == 0x3E { return k }
            }
            k += 1
        }
        return n
    }
}
