import TimelineStore

/// The two shapes of `timeline articles`: an aligned table, or a JSON array of objects.
enum ArticleListing {
    /// The table's header and one line per article, columns padded to their widest cell.
    struct Table {
        private(set) var idWidth = 2
        private(set) var publishedWidth = 9
        private(set) var sourceWidth = 6

        /// Widens the columns to fit `header`.
        mutating func fit(_ header: ArticleHeader) {
            idWidth = max(idWidth, String(header.id).count)
            publishedWidth = max(publishedWidth, Self.published(header).count)
            sourceWidth = max(sourceWidth, Self.source(header).count)
        }

        /// `ID  PUBLISHED  SOURCE  TITLE`.
        var headerLine: String {
            Self.pad("ID", idWidth, right: true) + "  " + Self.pad("PUBLISHED", publishedWidth) + "  "
                + Self.pad("SOURCE", sourceWidth) + "  TITLE"
        }

        /// One article's line.
        func line(_ header: ArticleHeader) -> String {
            Self.pad(String(header.id), idWidth, right: true) + "  " + Self.pad(Self.published(header), publishedWidth)
                + "  " + Self.pad(Self.source(header), sourceWidth) + "  " + header.title
        }

        static func published(_ header: ArticleHeader) -> String { header.published?.description ?? "undated" }

        static func source(_ header: ArticleHeader) -> String { header.source ?? "-" }

        static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
            let fill = String(repeating: " ", count: max(0, width - text.count))
            return right ? fill + text : text + fill
        }
    }

    /// One article as a JSON object:
    /// `{"id": 1, "published": "2024-02-23T08:15", "source": "Harbor Wire", "title": "...", "url": null,
    /// "place": "PORT KESWICK", "origin": "Examples/...", "format": "text", "undated": false}`.
    static func json(_ header: ArticleHeader) -> String {
        JSONText.object([
            "id": String(header.id),
            "published": JSONText.string(header.published?.description),
            "source": JSONText.string(header.source),
            "title": JSONText.string(header.title),
            "url": JSONText.string(header.url),
            "place": JSONText.string(header.place),
            "origin": JSONText.string(header.origin),
            "format": JSONText.string(header.format.rawValue),
            "undated": header.isUndated ? "true" : "false",
        ])
    }
}
