import Foundation

/// Hands chunks of work from one producer to several workers and their results to one consumer,
/// in the order the producer submitted them, with a bounded number of chunks in flight.
///
/// This is what lets ingest parse and process on every core while a single writer commits in input
/// order (so article ids do not depend on thread timing). At most `capacity` chunks exist at once,
/// waiting or processed but not yet consumed: a producer faster than the writer blocks in `submit`,
/// so memory stays flat whatever the corpus size. `cancel()` wakes every waiting thread.
final class OrderedWorkQueue<Input: Sendable, Output: Sendable>: @unchecked Sendable {
    // Every field below is guarded by `condition`.
    private let condition = NSCondition()
    private let capacity: Int
    private var waiting: [(sequence: Int, input: Input)] = []
    private var waitingHead = 0
    private var finished: [Int: Output] = [:]
    private var submitted = 0
    private var delivered = 0
    private var closed = false
    private var cancelled = false

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// Producer: queues `input`, blocking while `capacity` chunks are in flight.
    /// - Returns: false when the queue was cancelled (the producer should stop).
    func submit(_ input: Input) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while !cancelled && submitted - delivered >= capacity { condition.wait() }
        guard !cancelled else { return false }
        waiting.append((submitted, input))
        submitted += 1
        condition.broadcast()
        return true
    }

    /// Producer: no more input will come.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// Stops everything: waiting threads wake up, `submit` returns false, the others return nil.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }

    /// Worker: the next input to process, or nil once the producer closed and all input was taken.
    func nextWork() -> (sequence: Int, input: Input)? {
        condition.lock()
        defer { condition.unlock() }
        while !cancelled && waitingHead == waiting.count && !closed { condition.wait() }
        guard !cancelled, waitingHead < waiting.count else { return nil }
        let work = waiting[waitingHead]
        waitingHead += 1
        if waitingHead > 64 && waitingHead * 2 > waiting.count {
            waiting.removeFirst(waitingHead)
            waitingHead = 0
        }
        return work
    }

    /// Worker: the output of the input numbered `sequence`.
    func complete(_ sequence: Int, _ output: Output) {
        condition.lock()
        finished[sequence] = output
        condition.broadcast()
        condition.unlock()
    }

    /// Consumer: the next output in submission order, or nil once every output was delivered
    /// (or the queue was cancelled).
    func nextOutput() -> Output? {
        condition.lock()
        defer { condition.unlock() }
        while !cancelled && finished[delivered] == nil && !(closed && delivered == submitted) { condition.wait() }
        guard !cancelled, let output = finished.removeValue(forKey: delivered) else { return nil }
        delivered += 1
        condition.broadcast()
        return output
    }
}
