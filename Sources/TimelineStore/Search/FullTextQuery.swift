/// Turns what a user typed after `--query` into an FTS5 query that searches for those words and
/// nothing else.
///
/// FTS5 has a query language: `AND`, `OR`, `NOT`, `NEAR(...)`, `"phrases"`, `prefix*`, `^`,
/// `column:` filters and parentheses. A user's words must never be read as any of that (a stray
/// quote would be a syntax error, `OR` would widen the search). So the text is cut into words the
/// way FTS5's `unicode61` tokenizer cuts it (runs of letters, digits and marks; everything else
/// separates), and each word becomes a double-quoted string, which FTS5 reads literally. Words are
/// joined by spaces, FTS5's implicit AND: a candidate matches when it holds every word.
///
/// ```swift
/// FullTextQuery(words: #"ferry "OR" NEAR( *"#).match   // "\"ferry\" \"OR\" \"NEAR\""
/// FullTextQuery(words: "'; DROP TABLE event").match   // "\"DROP\" \"TABLE\" \"event\""
/// ```
///
/// The match expression is always bound as a statement argument, never spliced into SQL.
struct FullTextQuery: Sendable, Hashable {
    /// The words searched for, in the order typed.
    let words: [String]

    /// Cuts `text` into words.
    init(words text: String) {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if Self.isWordScalar(scalar) {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        self.words = words
    }

    /// Whether no word was typed (only punctuation or spaces): such a query matches nothing.
    var isEmpty: Bool { words.isEmpty }

    /// The FTS5 MATCH expression: every word double-quoted (a `"` inside doubled), joined by spaces.
    var match: String {
        words.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " ")
    }

    /// Letters, digits, private-use characters (what `unicode61` keeps as token characters) and
    /// combining marks (which it folds into the letter before them).
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .privateUse,
             .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }
}
