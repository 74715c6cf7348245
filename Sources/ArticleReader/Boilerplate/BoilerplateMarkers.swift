/// The lines news sites wrap around an article that are not article text, as a table anyone can extend.
///
/// Add a row to recognise a new site's furniture; `BoilerplateMarkersTests` checks every row parses.
enum BoilerplateMarkers {
    static let table = """
        # FORMAT: KIND, spaces, TEXT; one marker per line. Case is ignored, and so is a colon after TEXT.
        #   end      a heading of page furniture that only follows the story (`Most Viewed`); the whole
        #            line must be TEXT. It and everything after it go, unless a long paragraph follows.
        #   section  a heading that may also stand inside a story (`Related`); the whole line must be TEXT.
        #            After the story's last paragraph it opens the trailing block; inside the story it
        #            drops itself and the links right under it.
        #   line     a whole line that is never article text, wherever it stands.
        #   prefix   a line that starts with TEXT is never article text, wherever it stands.
        end      Most Viewed
        end      Most Read
        end      Most Popular
        end      Most Shared
        end      Most Commented
        end      Editor's Picks
        end      Editors' Picks
        end      Editor's Choice
        end      Today's Top News
        end      Top News
        end      Top Stories
        end      Top Headlines
        section  Related
        section  Related News
        section  Related Stories
        section  Related Articles
        section  Related Coverage
        section  Related Content
        section  Related Links
        section  Read More
        end      More News
        end      More Stories
        end      More From This Section
        section  More on This Story
        end      You May Also Like
        end      You Might Also Like
        end      Recommended
        end      Recommended for You
        end      Trending
        end      Trending Now
        end      Latest News
        end      Latest Stories
        section  Also Read
        section  See Also
        section  Further Reading
        end      Special Reports
        end      Special Coverage
        end      Hot Topics
        end      In Pictures
        end      In Photos
        end      Photo Gallery
        section  Video
        section  Videos
        end      Don't Miss
        end      What's Hot
        end      Popular Now
        end      Share This Article
        end      Share This
        end      Comments
        end      Leave a Comment
        end      Tags
        end      Topics
        end      Follow Us
        end      Newsletter
        end      Sign Up for Our Newsletter
        end      Back to Top
        line     Advertisement
        line     Story continues below advertisement
        line     Continue reading the main story
        line     Continue reading
        line     Skip Ad
        line     Scroll to continue
        line     Loading
        line     Print
        line     Email
        line     Share
        line     Tweet
        line     Close
        line     Subscribe
        prefix   Read more:
        prefix   Read More >>
        prefix   Related:
        prefix   Also read:
        prefix   See also:
        prefix   Photo:
        prefix   Photos:
        prefix   Video:
        prefix   Watch:
        prefix   [Photo]
        prefix   [Photos]
        prefix   [Video]
        prefix   (Photo
        prefix   (Video
        prefix   Photo taken on
        prefix   File photo
        prefix   Editor:
        prefix   Editors:
        prefix   Source:
        prefix   (Reporting by
        prefix   (Additional reporting by
        prefix   (Editing by
        prefix   (Writing by
        prefix   (Compiled by
        prefix   Reporting by
        prefix   Additional reporting by
        prefix   Editing by
        prefix   Copyright
        prefix   ©
        prefix   All rights reserved
        prefix   Click here
        prefix   Follow us on
        prefix   Follow @
        prefix   Sign up for
        prefix   Subscribe to
        prefix   Share this
        prefix   Share on
        prefix   Share via
        prefix   Click to share
        prefix   Tags:
        prefix   Keywords:
        prefix   Contact:
        prefix   Email:
        """

    enum Kind: String, Sendable, CaseIterable {
        case end, section, line, prefix
    }

    struct Marker: Sendable, Hashable {
        var kind: Kind
        /// Lowercase, apostrophes straightened, no trailing colon.
        var key: [UInt8]
        var line: Int
    }

    /// Every row of the table, in order; rows with an unknown kind are reported by the tests.
    static let rows: [DataTable.Row] = DataTable.rows(table, columns: 2)

    static let markers: [Marker] = rows.compactMap { row in
        guard let kind = Kind(rawValue: row.kind) else { return nil }
        let key = normalizedKey(Array(row.value.utf8)[...], dropColon: kind != .prefix)
        return Marker(kind: kind, key: key, line: row.line)
    }

    /// Whole-line markers (`section`, `line`) by key.
    static let wholeLines: [[UInt8]: Kind] = {
        var table: [[UInt8]: Kind] = [:]
        for m in markers where m.kind != .prefix && table[m.key] == nil { table[m.key] = m.kind }
        return table
    }()

    /// Prefix markers by their first byte, so a line is compared with a handful of them at most.
    static let prefixes: [UInt8: [[UInt8]]] = {
        var table: [UInt8: [[UInt8]]] = [:]
        for m in markers where m.kind == .prefix {
            if let first = m.key.first { table[first, default: []].append(m.key) }
        }
        return table
    }()

    /// The marker `line` (trimmed) matches, if any.
    static func match(_ line: ArraySlice<UInt8>) -> Kind? {
        guard let first = line.first else { return nil }
        if line.count <= 48, let kind = wholeLines[normalizedKey(line, dropColon: true)] { return kind }
        if let candidates = prefixes[Bytes.lower(first)] {
            for p in candidates where startsWith(line, key: p) { return .prefix }
        }
        return nil
    }

    /// Whether `line` starts with `key` (a normalized key), ignoring ASCII case and reading `’` as `'`.
    static func startsWith(_ line: ArraySlice<UInt8>, key: [UInt8]) -> Bool {
        var i = line.startIndex
        for k in key {
            guard i < line.endIndex else { return false }
            let b = line[i]
            if b == 0xE2, k == 0x27, i + 2 < line.endIndex, line[i + 1] == 0x80, line[i + 2] == 0x99 {
                i += 3
                continue
            }
            guard Bytes.lower(b) == k || (k == Bytes.space && Bytes.isSpace(b)) else { return false }
            i += 1
        }
        return true
    }

    /// Lowercase ASCII, `’` as `'`, runs of spaces as one, and (with `dropColon`) no trailing `:`.
    static func normalizedKey(_ s: ArraySlice<UInt8>, dropColon: Bool) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        var i = s.startIndex
        while i < s.endIndex {
            let b = s[i]
            if b == 0xE2, i + 2 < s.endIndex, s[i + 1] == 0x80, s[i + 2] == 0x99 {
                out.append(0x27)
                i += 3
                continue
            }
            if Bytes.isSpace(b) {
                if out.last != Bytes.space { out.append(Bytes.space) }
            } else {
                out.append(Bytes.lower(b))
            }
            i += 1
        }
        if dropColon {
            while let last = out.last, last == 0x3A || last == Bytes.space { out.removeLast() }
        }
        return out
    }
}
