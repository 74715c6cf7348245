import Timeline

/// Numbers the articles a report cites, in the order the report first cites them, each article once.
struct SourceIndex {
    /// The list of sources, one entry per cited article, in citation order: each as the report writes it,
    /// so a report of a million articles keeps one short line each, not their sources.
    private(set) var entries: [String] = []
    private var numbers: [Int64: Int] = [:]

    /// The citation numbers of an event's articles, ascending, each once; `entry` writes a newly
    /// cited article's line of the list of sources.
    mutating func cite(_ event: Event, entry: (EventSource) -> String) -> [Int] {
        var cited = Set<Int>()
        for source in event.sources {
            if let number = numbers[source.article] {
                cited.insert(number)
            } else {
                entries.append(entry(source))
                numbers[source.article] = entries.count
                cited.insert(entries.count)
            }
        }
        return cited.sorted()
    }
}
