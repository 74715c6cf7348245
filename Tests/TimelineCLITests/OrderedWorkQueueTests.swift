import Foundation
import Testing

@testable import TimelineCLI

@Suite("Ordered work queue")
struct OrderedWorkQueueTests {
    @Test("outputs come back in submission order whatever order three workers finish in")
    func order() {
        let queue = OrderedWorkQueue<Int, String>(capacity: 8)
        Thread {
            for n in 0..<1_000 { _ = queue.submit(n) }
            queue.close()
        }.start()
        for _ in 0..<3 {
            Thread {
                var generator = SystemRandomNumberGenerator()
                while let (sequence, n) = queue.nextWork() {
                    if Int.random(in: 0..<10, using: &generator) == 0 { usleep(100) }  // jitter, not timing
                    queue.complete(sequence, "item \(n)")
                }
            }.start()
        }
        var outputs: [String] = []
        while let output = queue.nextOutput() { outputs.append(output) }
        #expect(outputs == (0..<1_000).map { "item \($0)" })
    }

    @Test("a producer cannot get more than the capacity ahead of the consumer; cancel releases it")
    func bounded() {
        let queue = OrderedWorkQueue<Int, Int>(capacity: 2)
        let results = ResultsBox()
        let finished = DispatchSemaphore(value: 0)
        Thread {
            for n in 0..<3 { results.append(queue.submit(n)) }
            finished.signal()
        }.start()
        // Nothing consumes, so the third submit can only return once the queue is cancelled.
        while results.count < 2 { usleep(1_000) }
        queue.cancel()
        finished.wait()
        #expect(results.values == [true, true, false])
        #expect(queue.nextWork() == nil)
        #expect(queue.nextOutput() == nil)
    }

    @Test("an empty, closed queue ends the consumer at once")
    func empty() {
        let queue = OrderedWorkQueue<Int, Int>(capacity: 4)
        queue.close()
        #expect(queue.nextOutput() == nil)
        #expect(queue.nextWork() == nil)
    }
}

/// Bools appended from another thread.
final class ResultsBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [Bool] = []

    func append(_ value: Bool) {
        lock.lock()
        stored.append(value)
        lock.unlock()
    }

    var values: [Bool] {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }

    var count: Int { values.count }
}
