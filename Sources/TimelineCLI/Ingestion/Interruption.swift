import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Turns the first SIGINT (Ctrl-C) or SIGTERM into a call on a background thread, so ingest can stop
/// cleanly after its current transaction; a second signal terminates at once, as usual.
///
/// A signal handler may only do async-signal-safe work, so it writes the signal number to a pipe
/// (the self-pipe trick) and restores the default action; a watcher thread blocked on the pipe then
/// runs the Swift callback. This works whichever thread the kernel picks to take the signal.
enum Interruption {
    /// Installs the handlers; `onSignal` runs once, off the signal handler, with the signal number.
    static func install(_ onSignal: @escaping @Sendable (Int32) -> Void) {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { return }
        interruptionPipe = fds[1]
        let readEnd = fds[0]
        let watcher = Thread {
            var byte: UInt8 = 0
            while read(readEnd, &byte, 1) < 0 && errno == EINTR {}
            onSignal(Int32(byte))
        }
        watcher.start()
        signal(SIGINT, interruptionHandler)
        signal(SIGTERM, interruptionHandler)
        // A parent may have started us with these signals blocked (a process spawned from a
        // libdispatch worker thread inherits its mask); the threads ingest starts inherit this one.
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
    }

    /// The conventional exit status of a process stopped by `signal` (130 for SIGINT).
    static func exitStatus(for signal: Int32) -> Int32 { 128 + signal }

    /// The signal's name for messages.
    static func name(of signal: Int32) -> String {
        switch signal {
        case SIGINT: return "SIGINT"
        case SIGTERM: return "SIGTERM"
        default: return "signal \(signal)"
        }
    }
}

/// The write end of the pipe, set once before the handlers are installed.
nonisolated(unsafe) private var interruptionPipe: Int32 = -1

/// Async-signal-safe: restore the default action (a second Ctrl-C kills), then wake the watcher.
private let interruptionHandler: @convention(c) (Int32) -> Void = { signalNumber in
    signal(signalNumber, SIG_DFL)
    var byte = UInt8(truncatingIfNeeded: signalNumber)
    _ = write(interruptionPipe, &byte, 1)
}
