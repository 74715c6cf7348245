@testable import ArticleReader
import Testing

struct PlaceCase: CustomTestStringConvertible, Sendable {
    var paragraph: String
    var place: String?
    var agency: String?
    /// The first words of what remains, or nil when the paragraph has no place dateline.
    var rest: String?
    var testDescription: String { paragraph }
}

@Suite("Place datelines")
struct PlaceDatelineTests {
    static let cases: [PlaceCase] = [
        PlaceCase(paragraph: "MOSCOW -- Russian Foreign Minister Sergei Lavrov met Kerry.", place: "MOSCOW", rest: "Russian Foreign"),
        PlaceCase(paragraph: "MOSCOW, Dec. 15 (Reuters) - Russia said on Tuesday it was ready.", place: "MOSCOW", agency: "Reuters", rest: "Russia said"),
        PlaceCase(paragraph: "WASHINGTON (AP) — The Senate voted 68-31 on Friday.", place: "WASHINGTON", agency: "AP", rest: "The Senate"),
        PlaceCase(paragraph: "BEIJING, Dec. 16 (Xinhua) -- China on Wednesday urged restraint.", place: "BEIJING", agency: "Xinhua", rest: "China on"),
        PlaceCase(paragraph: "NEW YORK — Stocks fell for a third day.", place: "NEW YORK", rest: "Stocks fell"),
        PlaceCase(paragraph: "KABUL, Afghanistan (AP) — A bomb exploded near a market.", place: "KABUL, Afghanistan", agency: "AP", rest: "A bomb"),
        PlaceCase(paragraph: "SAN FRANCISCO, Calif. -- Tech shares rallied.", place: "SAN FRANCISCO, Calif.", rest: "Tech shares"),
        PlaceCase(paragraph: "NEW DELHI: The government announced new rules.", place: "NEW DELHI", rest: "The government"),
        PlaceCase(paragraph: "Moscow, Dec. 15 (Reuters) - Russia's central bank held rates.", place: "Moscow", agency: "Reuters", rest: "Russia's central"),
        PlaceCase(paragraph: "(Reuters) - Oil prices rose on Monday.", agency: "Reuters", rest: "Oil prices"),
        PlaceCase(paragraph: "UNITED NATIONS, Dec. 15 (Xinhua) -- The Security Council met.", place: "UNITED NATIONS", agency: "Xinhua", rest: "The Security"),
        PlaceCase(paragraph: "SÃO PAULO (Reuters) - Brazil's real weakened.", place: "SÃO PAULO", agency: "Reuters", rest: "Brazil's real"),
        PlaceCase(paragraph: "BERLIN (dpa) – Germany's parliament voted on Thursday.", place: "BERLIN", agency: "dpa", rest: "Germany's parliament"),
        PlaceCase(paragraph: "LONDON--British lawmakers debated the bill.", place: "LONDON", rest: "British lawmakers"),
        // Not place datelines.
        PlaceCase(paragraph: "Russian Foreign Minister Sergei Lavrov met on Tuesday with Kerry."),
        PlaceCase(paragraph: "US President Barack Obama -- speaking on Tuesday -- said little."),
        PlaceCase(paragraph: "BREAKING -- Markets fell sharply."),
        PlaceCase(paragraph: "The talks (which began Monday) - ended early."),
        PlaceCase(paragraph: "Kerry -- who arrived on Monday -- said little."),
        PlaceCase(paragraph: "A -- the first option -- failed."),
    ]

    @Test("an opening dateline yields its place and agency, and the text after it", arguments: cases)
    func place(_ c: PlaceCase) {
        let parsed = PlaceDateline.parse(c.paragraph)
        guard let rest = c.rest else {
            #expect(parsed == nil, "\(c.paragraph) read as place \(String(describing: parsed?.place))")
            return
        }
        guard let parsed else {
            Issue.record("no place dateline found in: \(c.paragraph)")
            return
        }
        #expect(parsed.place == c.place)
        #expect(parsed.agency == c.agency)
        let remaining = String(String.UnicodeScalarView(c.paragraph.unicodeScalars.dropFirst(parsed.length)))
        #expect(remaining.hasPrefix(rest), "remaining text: \(remaining)")
    }

    @Test("the month and day of the dateline are kept")
    func monthDay() {
        let parsed = PlaceDateline.parse("MOSCOW, Dec. 15 (Reuters) - Russia said.")
        #expect(parsed?.month == 12)
        #expect(parsed?.day == 15)
    }
}
