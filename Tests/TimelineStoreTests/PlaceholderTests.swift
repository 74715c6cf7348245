import Testing
import TimelineStore

@Suite("TimelineStore")
struct TimelineStoreTests {
    @Test("the module links") func links() { #expect(String(describing: TimelineStore.self) == "TimelineStore") }
}
