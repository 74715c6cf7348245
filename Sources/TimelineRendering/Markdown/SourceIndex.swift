import Timeline

/// Numbers the articles a report cites, in the order the report first cites them, each article once.
struct SourceIndex {
    private(set) var sources: [EventSource] = []
    private var numbers: [Int64: Int] = [:]

    /// The citation numbers of an event's articles, ascending, each once.
    mutating func cite(_ event: Event) -> [Int] {
        var cited = Set<Int>()
        for source in event.sources {
            if let number = numbers[source.article] {
                cited.insert(number)
            } else {
                sources.append(source)
                numbers[source.article] = sources.count
                cited.insert(sources.count)
            }
        }
        return cited.sorted()
    }
}
