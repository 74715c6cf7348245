import GRDB

/// The SQLite database that keeps articles and the chronology.
public final class TimelineStore: Sendable {
}
