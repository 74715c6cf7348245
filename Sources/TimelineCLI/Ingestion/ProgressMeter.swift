import Foundation

/// A one-line counter on stderr for long ingests, redrawn in place; silent unless stderr is a terminal.
///
/// It appears after half a second (short runs print nothing but their summary) and is redrawn at
/// most ten times a second. Messages printed while it is shown go through ``print(_:)``, which
/// clears the line first.
final class ProgressMeter {
    private let enabled: Bool
    private let started = ContinuousClock.now
    private var lastDrawn: ContinuousClock.Instant?
    private var shown = false
    private var updates = 0

    /// - Parameter enabled: Whether to draw; by default, whether stderr is a terminal.
    init(enabled: Bool = isatty(STDERR_FILENO) == 1) {
        self.enabled = enabled
    }

    /// Redraws the counter when it is due.
    func update(_ tally: IngestTally) {
        guard enabled else { return }
        updates += 1
        guard updates % 16 == 0 else { return }
        let now = ContinuousClock.now
        guard now - started >= .milliseconds(500) else { return }
        if let lastDrawn, now - lastDrawn < .milliseconds(100) { return }
        lastDrawn = now
        shown = true
        Console.error("\r\u{1B}[K" + Self.line(tally, elapsed: now - started), newline: false)
    }

    /// Prints a message line on stderr, clearing the counter first.
    func print(_ message: String) {
        clear()
        Console.error(message)
    }

    /// Removes the counter from the terminal.
    func clear() {
        guard shown else { return }
        shown = false
        Console.error("\r\u{1B}[K", newline: false)
    }

    /// `ingesting: 12,345 articles (10,000 new, 2,301 unchanged, 12 rejected), 2,310/s`.
    static func line(_ tally: IngestTally, elapsed: Duration) -> String {
        let seen = tally.total + tally.pending
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let rate = seconds > 0 ? Int((Double(seen) / seconds).rounded()) : 0
        return "ingesting: \(grouped(seen)) articles (\(grouped(tally.new)) new, \(grouped(tally.unchanged)) unchanged, "
            + "\(grouped(tally.rejected)) rejected), \(grouped(rate))/s"
    }

    /// `12345` → `12,345`.
    static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return n < 0 ? "-" + out : out
    }
}
