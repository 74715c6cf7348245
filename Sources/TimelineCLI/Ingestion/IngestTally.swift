/// The counts of one ingest run, and the summary line printed at its end.
struct IngestTally: Sendable, Hashable {
    /// Articles stored by this run.
    var new = 0
    /// Articles already stored (same content hash), not written again.
    var unchanged = 0
    /// Inputs (files, JSONL lines, articles) that could not be stored.
    var rejected = 0
    /// Stored or unchanged articles that have no publication date.
    var undated = 0
    /// Warnings printed.
    var warnings = 0
    /// Articles read and waiting in the writer's current batch.
    var pending = 0

    /// Every input accounted for: new, unchanged or rejected.
    var total: Int { new + unchanged + rejected }

    /// `12 articles: 10 new, 1 unchanged, 1 rejected`, then `, 2 undated` when any.
    var summary: String {
        var line = "\(total) \(total == 1 ? "article" : "articles"): \(new) new, \(unchanged) unchanged, \(rejected) rejected"
        if undated > 0 { line += ", \(undated) undated" }
        return line
    }
}
