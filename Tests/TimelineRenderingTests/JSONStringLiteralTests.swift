import Foundation
import Testing
import TimelineRendering

@Suite("JSONStringLiteral")
struct JSONStringLiteralTests {
    @Test("quotes, backslashes, controls, line separators, bidi controls and </ are escaped; the text parses back")
    func escapes() throws {
        let text = "Pier \"B\" \\ north\n\u{8}\u{2028}\u{202E}evil</script> café"
        let literal = JSONStringLiteral.text(text)
        #expect(literal == #""Pier \"B\" \\ north\n\u0008\u2028\u202eevil<\/script> café""#)
        let parsed = try JSONSerialization.jsonObject(with: Data(literal.utf8), options: .fragmentsAllowed) as? String
        #expect(parsed == text)
    }

    @Test("plain text is only quoted")
    func plain() {
        #expect(JSONStringLiteral.text("Ferries resumed on March 4.") == "\"Ferries resumed on March 4.\"")
    }
}
