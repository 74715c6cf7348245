import DateNormalizer

/// Turns what a format reader found (`RawArticle`) into an `Article`, in the same stages for every
/// format, in this order:
///
/// 1. **header lines**: leading dateline, source and byline lines of the body are read and removed
///    (metadata from the format wins over them);
/// 2. **boilerplate**: marker lines and the trailing block of links are dropped (`BoilerplateTrimmer`);
/// 3. **paragraphs**: lines are grouped (`ParagraphBuilder`); a first paragraph repeating the title goes;
/// 4. **place dateline**: `MOSCOW, Dec. 15 (Reuters) -` leaves the first paragraph for `place` (and
///    `source`); it runs after boilerplate so that a dropped photo line cannot hide it;
/// 5. **title**: when the input has none, the first sentence stands in (with a warning);
/// 6. **date**: the dateline, else `Options.reference`, else the article is undated (with a warning).
struct ArticleAssembler: Sendable {
    var reference: Reference?

    /// How many lines at the top of a body may be header lines.
    static let headerLineLimit = 10

    enum Outcome {
        case article(Article, warnings: [String])
        case rejected(ArticleReaderError.Reason, warnings: [String])
    }

    func assemble(_ input: RawArticle, origin: String, format: ArticleFormat) -> Outcome {
        var raw = input
        var warnings = raw.warnings
        var lines = raw.lines

        // 1. Header lines.
        if raw.readsHeaderLines {
            let (header, consumed) = HeaderLine.readBlock(lines, limit: ArticleAssembler.headerLineLimit)
            lines.removeFirst(consumed)
            if raw.dateline == nil { raw.dateline = header.dateline }
            if raw.source == nil { raw.source = header.source }
            if raw.byline == nil { raw.byline = header.byline }
            if let warning = header.impossibleDatelineWarning { warnings.append(warning) }
        }

        // 2. Boilerplate.
        lines = BoilerplateTrimmer(policy: raw.boilerplate).trim(lines)

        // 3. Paragraphs.
        var paragraphs = ParagraphBuilder(mode: raw.paragraphs).paragraphs(lines).map(Bytes.string)
        if let title = raw.title, let first = paragraphs.first, first == title {
            paragraphs.removeFirst()
        }

        // 4. Place dateline.
        var place: String?
        if let first = paragraphs.first, let dateline = PlaceDateline.parse(first) {
            place = dateline.place
            if raw.source == nil, let agency = dateline.agency { raw.source = agency }
            let rest = String(Substring(first.utf8.dropFirst(dateline.byteLength)))
            if rest.isEmpty { paragraphs.removeFirst() } else { paragraphs[0] = rest }
        }

        guard !paragraphs.isEmpty else { return .rejected(.noText, warnings: warnings) }

        // 5. Title.
        let title: String
        if let given = raw.title, !given.isEmpty {
            title = given
        } else {
            title = ArticleAssembler.titleFromFirstSentence(paragraphs[0])
            warnings.append("no headline; the title is taken from the first sentence")
        }

        // 6. Date.
        var published = raw.dateline?.reference
        if published == nil {
            if let reference {
                published = reference
            } else {
                warnings.append("no publication date; read as undated, so its relative dates cannot be resolved (give --reference DATE)")
            }
        }

        if raw.source == nil { raw.source = raw.byline }
        let article = Article(
            title: title, published: published, source: raw.source, url: raw.url, place: place,
            paragraphs: paragraphs, origin: origin, format: format, byline: raw.byline)
        return .article(article, warnings: warnings)
    }

    /// The first sentence of `paragraph`, cut at a word boundary to at most 120 characters.
    static func titleFromFirstSentence(_ paragraph: String) -> String {
        // Only the head of the paragraph is split: a 10 MB paragraph must not be split twice.
        let head = String(String.UnicodeScalarView(paragraph.unicodeScalars.prefix(1000)))
        let sentence = SentenceSplitter().sentences(in: [head]).first?.text ?? head
        let limit = 120
        guard sentence.unicodeScalars.count > limit else { return sentence }
        let cut = String(String.UnicodeScalarView(sentence.unicodeScalars.prefix(limit)))
        if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) > 40 {
            return String(cut[..<space]) + "…"
        }
        return cut + "…"
    }
}
