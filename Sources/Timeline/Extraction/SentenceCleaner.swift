/// Makes a sentence readable on its own: the summary of an event candidate.
///
/// It removes a place dateline at the start (`MOSCOW --`, `MOSCOW, Dec. 15 (Reuters) -`,
/// `(AP) —`), collapses runs of white space, closes up spaces that tokenized text leaves before
/// punctuation, and balances double quotes left open or closed by sentence splitting
/// (`The vote is on March 12," he said.` gets its opening quote back).
struct SentenceCleaner: Sendable {
    /// The readable form of `sentence`.
    func summary(_ sentence: String) -> String {
        let scalars = Array(sentence.unicodeScalars)
        return summary(scalars, droppingPrefix: datelinePrefixLength(scalars))
    }

    /// The readable form of `scalars` without its first `prefix` scalars.
    func summary(_ scalars: [Unicode.Scalar], droppingPrefix prefix: Int) -> String {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count)
        var pendingSpace = false
        var start = min(prefix, scalars.count)
        // A sentence split in the wrong place can start with the tail of the previous one: ", who said".
        while start < scalars.count, [",", ";", ":", ".", ")", " "].contains(scalars[start]) { start += 1 }
        for c in scalars[start...] {
            if c.isSpaceLike {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                // Tokenized text puts spaces before closing punctuation ("said , adding").
                let closesUp: Bool
                switch c {
                case ",", ".", ";", ":", "!", "?", ")", "%": closesUp = true
                default: closesUp = false
                }
                let afterOpener = out.last == "(" || out.last == "$"
                if !closesUp && !afterOpener { out.append(" ") }
                pendingSpace = false
            }
            out.append(c)
        }
        balanceQuotes(&out)
        var buffer: [UInt8] = []
        buffer.reserveCapacity(out.count + 8)
        return String(scalars: out, buffer: &buffer)
    }

    /// The readable form of the part of `scalars` between semicolons that holds `position`, when the
    /// sentence joins independent statements with semicolons: in "It did not assign blame; a final
    /// report is due in the fall.", the fall's part reads "A final report is due in the fall."
    ///
    /// Returns nil when the sentence has no semicolon outside quotes and parentheses, or when the
    /// part is too short to stand alone (fewer than four words); then the whole sentence is the summary.
    func semicolonPart(_ scalars: [Unicode.Scalar], around position: Int, droppingPrefix prefix: Int) -> String? {
        var cuts: [Int] = []
        var depth = 0, straight = 0, curly = 0
        for i in prefix..<scalars.count {
            switch scalars[i] {
            case "(": depth += 1
            case ")": depth = max(0, depth - 1)
            case "\"": straight += 1
            case "\u{201C}": curly += 1
            case "\u{201D}": curly = max(0, curly - 1)
            case ";" where depth == 0 && straight % 2 == 0 && curly == 0: cuts.append(i)
            default: break
            }
        }
        guard !cuts.isEmpty else { return nil }
        let start = (cuts.last { $0 < position }).map { $0 + 1 } ?? prefix
        let end = cuts.first { $0 >= position } ?? scalars.count
        var part = Array(scalars[start..<end])
        var words = 0, inWord = false
        for c in part {
            if c.isLetterLike || c.isASCIIDigit {
                if !inWord { words += 1 }
                inWord = true
            } else if c.isSpaceLike {
                inWord = false
            }
        }
        guard words >= 4 else { return nil }
        // The part reads as a sentence of its own: a capital first, a full stop last.
        if let first = part.firstIndex(where: { !$0.isSpaceLike }), part[first].isLetterLike {
            let upper = part[first].properties.uppercaseMapping.unicodeScalars
            if upper.count == 1, let u = upper.first { part[first] = u }
        }
        if end < scalars.count {
            while let last = part.last, last.isSpaceLike { part.removeLast() }
            part.append(".")
        }
        return summary(part, droppingPrefix: 0)
    }

    /// The number of scalars of a place dateline that opens `scalars`, with the space after it; 0 when none.
    ///
    /// A dateline is a run of capitalised words, digits, commas, dots and an agency in parentheses,
    /// starting with an all-capitals place, ending in a dash (`--`, `—`, `–`, ` - `), at most 100 scalars
    /// long: `WASHINGTON, D.C. --`, `BEIJING, Dec. 16 (Xinhua) --`, `(Reuters) -`, and a web header
    /// `HOUSTON | Thu Jul 1, 2010 7:46 pm EDT HOUSTON (Reuters) -` (at most 100 scalars).
    func datelinePrefixLength(_ scalars: [Unicode.Scalar]) -> Int {
        let limit = min(scalars.count, 100)
        var i = 0
        var sawPlace = false
        var sawAgency = false
        var wordStart = true
        var inParens = false
        var upperRun = 0
        while i < limit {
            let c = scalars[i]
            if c == "-" || c == "\u{2014}" || c == "\u{2013}" {
                // A hyphen inside a word ("Port-au-Prince") is not the separator.
                let spaced = i == 0 || scalars[i - 1] == " " || (i + 1 < scalars.count && scalars[i + 1] == "-")
                if !spaced {
                    i += 1
                    continue
                }
                guard sawPlace || sawAgency, i > 0 else { return 0 }
                var j = i
                while j < scalars.count, scalars[j] == "-" || scalars[j] == "\u{2014}" || scalars[j] == "\u{2013}" { j += 1 }
                guard j < scalars.count, scalars[j] == " " else { return 0 }
                while j < scalars.count, scalars[j].isSpaceLike { j += 1 }
                return j
            }
            if c == "(" { inParens = true; wordStart = true; i += 1; continue }
            if c == ")" {
                guard inParens else { return 0 }
                inParens = false
                sawAgency = true
                i += 1
                continue
            }
            if c == " " || c == "," || c == "." || c == "/" || c == "'" || c == "\u{2019}" || c == "|" || c == ":" {
                if upperRun >= 3 { sawPlace = true }
                upperRun = 0
                wordStart = true
                i += 1
                continue
            }
            let isUpper = c.isUpperLike
            let isDigit = c.value >= 48 && c.value <= 57
            if wordStart {
                // Every word of a dateline starts with a capital or a digit ("Dec. 15"), but for a
                // time's "am"/"pm" ("HOUSTON | Thu Jul 1, 2010 7:46 pm EDT HOUSTON (Reuters) -");
                // inside the parentheses any agency spelling goes.
                if !isUpper, !isDigit, !inParens, i + 1 < limit, c == "a" || c == "p", scalars[i + 1] == "m" || scalars[i + 1] == ".",
                   i + 2 >= scalars.count || !scalars[i + 2].isLetterLike || scalars[i + 1] == "." {
                    i += 2
                    wordStart = false
                    continue
                }
                guard isUpper || isDigit || inParens else { return 0 }
                wordStart = false
            }
            if isUpper { upperRun += 1 } else if !inParens && !isDigit { upperRun = -100 }
            // The first word must be an all-capitals place (or the agency in parentheses).
            if i > 0, !sawPlace, !sawAgency, !inParens, !isUpper, !isDigit, upperRun < 0 { return 0 }
            i += 1
        }
        return 0
    }

    /// The number of scalars of a live page's header that opens `scalars`, with the space after it; 0 when
    /// none: `12 October 2011 Last updated at 20:01 GMT Help `. Its date is the page's day, which an
    /// undated lead after it ("The legal team has dropped its claim") reports, so the date still dates the
    /// sentence; only the summary leaves the header out.
    func stampPrefixLength(_ scalars: [Unicode.Scalar]) -> Int {
        let marker = Array("Last updated at ".unicodeScalars)
        let limit = min(scalars.count, 40)
        var start = -1
        var i = 0
        while i + marker.count <= limit {
            if scalars[i] == marker[0], Array(scalars[i..<i + marker.count]) == marker { start = i; break }
            i += 1
        }
        // before it only the date, with its year: digits, letters, spaces and commas, starting with a digit or a capital
        func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }
        guard start > 0 else { return 0 }
        var run = 0, year = false
        for c in scalars[..<start] {
            run = isDigit(c) ? run + 1 : 0
            if run == 4 { year = true }
        }
        guard year, scalars[0].isUpperLike || isDigit(scalars[0]),
              scalars[..<start].allSatisfy({ $0.isLetterLike || $0 == " " || $0 == "," || isDigit($0) })
        else { return 0 }
        var j = start + marker.count
        // the time and its zone: "20:01 GMT"
        while j < scalars.count, isDigit(scalars[j]) || scalars[j] == ":" { j += 1 }
        guard j < scalars.count, scalars[j] == " " else { return 0 }
        j += 1
        // a zone in capitals, when there is one ("06:28 Michael Jackson's doctor" has none)
        var k = j
        while k < scalars.count, scalars[k].isUpperLike { k += 1 }
        if k - j >= 2, k - j <= 4, k < scalars.count, scalars[k] == " " { j = k }
        while j < scalars.count, scalars[j] == " " { j += 1 }
        // the page's "Help" link
        let help = Array("Help ".unicodeScalars)
        if j + help.count <= scalars.count, Array(scalars[j..<j + help.count]) == help { j += help.count }
        return j
    }

    /// Adds the missing opening or closing double quote when a sentence has an odd number of them.
    private func balanceQuotes(_ s: inout [Unicode.Scalar]) {
        var straight: [Int] = []
        var opens = 0, closes = 0
        for (i, c) in s.enumerated() {
            if c == "\"" { straight.append(i) }
            if c == "\u{201C}" { opens += 1 }
            if c == "\u{201D}" { closes += 1 }
        }
        if opens > closes {
            s.append(contentsOf: Array(repeating: "\u{201D}", count: opens - closes))
        } else if closes > opens {
            s.insert(contentsOf: Array(repeating: "\u{201C}", count: closes - opens), at: 0)
        }
        guard straight.count % 2 == 1, let last = straight.last else { return }
        // Pair quotes left to right; the last one is unmatched. It opens when a word follows it.
        let next: Unicode.Scalar? = last + 1 < s.count ? s[last + 1] : nil
        let opensQuote = next.map { !$0.isSpaceLike && ![",", ".", ";", ":", "!", "?"].contains($0) } ?? false
        if opensQuote && straight.count == 1 && last > 0 && s[last - 1] != " " {
            s.insert("\"", at: 0)  // `12,"he said` is an unusual closing quote
        } else if opensQuote {
            s.append("\"")
        } else {
            s.insert("\"", at: 0)
        }
    }
}
