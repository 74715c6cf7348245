import ArgumentParser
import TimelineStore

/// `timeline articles`: list what the database holds.
struct Articles: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the stored articles.",
        discussion: """
            Prints one line per stored article, in the order they were ingested: its id (which events \
            cite), publication date-time (or "undated"), source and title, in aligned columns. With \
            --format json, prints one JSON array of objects with the keys id, published, source, title, \
            url, place, origin, format and undated.

            The database must exist: read commands never create one.

            Examples:
              timeline articles
              timeline articles --db harbor.sqlite --format json
              TIMELINE_DB=harbor.sqlite timeline articles | grep -i ferry
            """)

    /// The shapes the list can take.
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case table, json
    }

    @OptionGroup var store: StoreOptions

    @Option(help: "The output format.")
    var format: Format = .table

    func run() throws {
        let store = try TimelineStore(path: store.path, options: .init(createIfMissing: false))
        switch format {
        case .table: try printTable(store)
        case .json: try printJSON(store)
        }
        Console.flush()
    }

    /// Two passes over the headers: one for the column widths, one to print, so memory stays flat.
    private func printTable(_ store: TimelineStore) throws {
        var table = ArticleListing.Table()
        var lastID: Int64 = 0
        try store.forEachArticleHeader { header in
            table.fit(header)
            lastID = header.id
        }
        guard lastID > 0 else {
            Console.error("\(store.path) holds no articles yet; add some with `timeline ingest PATH`.")
            return
        }
        Console.output(table.headerLine)
        struct Done: Error {}
        do {
            try store.forEachArticleHeader { header in
                // Articles another process added since the first pass are left for the next listing.
                guard header.id <= lastID else { throw Done() }
                Console.output(table.line(header))
            }
        } catch is Done {}
    }

    private func printJSON(_ store: TimelineStore) throws {
        var first = true
        Console.output("[", newline: false)
        try store.forEachArticleHeader { header in
            Console.output(first ? "\n  " : ",\n  ", newline: false)
            Console.output(ArticleListing.json(header), newline: false)
            first = false
        }
        Console.output(first ? "]" : "\n]")
    }
}
