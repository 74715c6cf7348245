@testable import ArticleReader
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite("Standard input and read errors")
struct StandardInputTests {
    /// Reads what a writer task sends through a pipe, as `-`.
    static func readPipe(_ chunks: [String], options: ArticleReader.Options = .init()) -> Outcomes {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return Outcomes() }
        let (readEnd, writeEnd) = (fds[0], fds[1])
        // The writer runs on a GCD thread, not in the cooperative pool the blocked reader may hold.
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            for chunk in chunks {
                let bytes = Array(chunk.utf8)
                _ = bytes.withUnsafeBytes { write(writeEnd, $0.baseAddress, $0.count) }
            }
            close(writeEnd)
            done.signal()
        }
        var outcomes = Outcomes()
        ArticleReader(options: options).readStandardInput(fd: readEnd) { outcomes.add($0) }
        done.wait()
        close(readEnd)
        return outcomes
    }

    @Test("JSONL on stdin streams, with origins `-:LINE`, even when lines arrive split across writes")
    func jsonl() {
        let outcomes = Self.readPipe([
            #"{"title": "One", "published": "2016-05-01", "te"#, #"xt": "First."}"# + "\n",
            "not json\n",
            #"{"title": "Two", "published": "2016-05-02", "text": "Second."}"#,
        ])
        #expect(outcomes.articles.map(\.title) == ["One", "Two"])
        #expect(outcomes.articles.map(\.origin) == ["-:1", "-:3"])
        #expect(outcomes.rejectedTexts == ["-:2: invalid JSON (expected '{', found 'n' at column 1)"])
    }

    @Test("text, HTML and Markdown on stdin are read whole, their format told by their content")
    func whole() {
        let text = Self.readPipe(["Talks resume\nMay 2, 2016\n\n", "GENEVA -- Envoys met on Monday.\n"])
        #expect(text.articles.first?.place == "GENEVA")
        #expect(text.articles.first?.origin == "-")
        let html = Self.readPipe(["<!DOCTYPE html><title>Page title here</title>", "<p>Text.</p>"])
        #expect(html.articles.first?.format == .html)
        let forced = Self.readPipe([#"{"title": "J", "text": "T."}"#], options: .init(format: .jsonl))
        #expect(forced.articles.first?.origin == "-:1")
    }

    @Test("empty stdin is rejected as an empty input named `-`")
    func empty() {
        #expect(Self.readPipe([]).rejectedTexts == ["-: empty file"])
    }

    #if os(Linux)
    @Test("a file whose read fails is rejected with the system's reason")
    func readError() {
        // Reading /proc/self/mem at offset 0 fails with EIO, even for root.
        #expect(Reading.read(path: "/proc/self/mem", options: .init(format: .text)).rejectedTexts
            == ["/proc/self/mem: cannot be read (Input/output error)"])
    }
    #endif
}
