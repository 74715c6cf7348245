import DateNormalizer

/// One generated article, before it is written in a format.
struct GeneratedArticle {
    var title: String
    /// Publication day number, and time of day.
    var day: Int
    var hour: Int
    var minute: Int
    /// UTC offset in minutes.
    var offset: Int
    var source: String
    var url: String
    var place: String
    /// How the first paragraph opens: nothing, `PLACE --`, or `PLACE, Dec. 15 (Source) -`.
    var placeDateline: String
    var paragraphs: [String]
    /// Navigation lines a scraper saved after the text (a heading, then headlines).
    var boilerplate: [String]

    /// `2015-12-16`.
    var date: String { CivilDate(dayNumber: day)?.description ?? "2000-01-01" }

    /// `2015-12-16T09:37:00-05:00`.
    var isoTimestamp: String {
        let sign = offset < 0 ? "-" : "+"
        return "\(date)T\(two(hour)):\(two(minute)):00\(sign)\(two(abs(offset) / 60)):\(two(abs(offset) % 60))"
    }

    /// The body as one text: the place dateline in front of the first paragraph, a blank line between paragraphs.
    var bodyText: String {
        var paragraphs = self.paragraphs
        paragraphs[0] = placeDateline + paragraphs[0]
        return paragraphs.joined(separator: "\n\n")
    }
}

func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

/// Generates a deterministic news corpus: `count` articles published from 2000 to 2019, in date
/// order, about one story per eight articles. Each article reports the latest step of its story
/// ("on Tuesday"), recalls a few earlier ones ("last week", "on March 3", "in March 2012"), often
/// looks ahead ("next month"), and is filled with quotes and figures that carry no date, to about
/// 3 KB of text. Article `i` depends only on the seed, `i` and `count`.
struct CorpusGenerator {
    let seed: UInt64
    let count: Int

    static let firstDay = CivilDate(year: 2000, month: 1, day: 1)?.dayNumber ?? 10_957
    static let lastDay = CivilDate(year: 2019, month: 12, day: 31)?.dayNumber ?? 18_261
    static var span: Int { lastDay - firstDay }

    var storyCount: Int { max(1, count / 8) }
    /// Days between the starts of two consecutive stories.
    var slot: Double { Double(Self.span) / Double(storyCount) }

    func story(_ index: Int) -> Story {
        Story(seed: seed, index: index, firstDay: Self.firstDay, slot: slot)
    }

    /// Article number `index` (0-based).
    func article(_ index: Int) -> GeneratedArticle {
        var random = SeededRandom(seed: seed, stream: 2, item: UInt64(index))
        let published = Self.firstDay + Int(Double(index) * Double(Self.span) / Double(max(1, count)))
        let story = pickStory(published: published, random: &random)
        let outlet = random.pick(Vocabulary.outlets)

        // The news peg: the latest step on or before the publication day.
        let peg = story.steps.lastIndex { $0.day <= published } ?? 0
        var sentences: [String] = []
        sentences.append(dated(story.steps[peg].clause, DatePhrase.past(story.steps[peg].day, published: published, random: &random), story: story, random: &random))
        // Earlier steps, most recent first, as background.
        var earlier = Array((0..<peg).reversed())
        while earlier.count > 3 { earlier.remove(at: random.below(earlier.count)) }
        var background = earlier.map { step in
            dated(story.steps[step].clause, DatePhrase.past(story.steps[step].day, published: published, random: &random), story: story, random: &random)
        }
        if random.chance(40) {
            let expected = random.pick(["a decision", "a vote", "the next hearing", "a full report", "new talks"])
            background.append("\(story.person) said \(expected) was expected \(DatePhrase.future(published: published, random: &random)).")
        }
        // Fill to about 3 KB with undated sentences, spreading the dated ones among them.
        let target = random.within(2_300...3_700)
        var size = sentences[0].utf8.count
        var body: [String] = []
        // Fillers are drawn without repetition, as a reporter does not say the same thing twice.
        var fillers = Array(Vocabulary.fillers.indices)
        while size < target || !background.isEmpty {
            let sentence: String
            if !background.isEmpty && (random.chance(35) || size >= target || fillers.isEmpty) {
                sentence = background.removeFirst()
            } else if !fillers.isEmpty {
                let filler = fillers.remove(at: random.below(fillers.count))
                sentence = story.fill(Vocabulary.fillers[filler], random: &random).capitalizedFirst
            } else {
                break
            }
            body.append(sentence)
            size += sentence.utf8.count + 1
        }
        sentences += body
        var paragraphs: [String] = [sentences[0]]
        var i = 1
        while i < sentences.count {
            let n = min(sentences.count - i, random.within(1...3))
            paragraphs.append(sentences[i..<(i + n)].joined(separator: " "))
            i += n
        }

        let date = CivilDate(dayNumber: published)
        let placeDateline: String
        switch random.below(10) {
        case 0..<4: placeDateline = story.place.uppercased() + " -- "
        case 4..<7:
            let d = date.map { "\(Vocabulary.monthAbbreviations[$0.month - 1]) \($0.day)" } ?? "Jan. 1"
            placeDateline = "\(story.place.uppercased()), \(d) (\(outlet)) - "
        default: placeDateline = ""
        }
        var boilerplate: [String] = []
        if random.chance(60) {
            boilerplate.append(random.pick(Vocabulary.boilerplateHeadings))
            for _ in 0..<random.within(4...8) {
                let other = self.story(random.below(storyCount))
                boilerplate.append(other.steps[random.below(other.steps.count)].clause.capitalizedFirst)
            }
        }
        let prefix = random.pick(["", "", "\(story.place): ", "Update: "])
        let title = prefix + story.steps[peg].clause.capitalizedFirst
        let slug = title.lowercased().unicodeScalars.map { ($0.properties.isAlphabetic || ("0"..."9").contains($0)) ? Character($0) : "-" }
        return GeneratedArticle(
            title: title, day: published, hour: random.within(6...22), minute: random.below(60),
            offset: random.pick([-300, -240, 0, 60, 120, 480]), source: outlet,
            url: "https://news.example/\(date?.year ?? 2000)/\(index)/\(String(slug.prefix(48)))",
            place: story.place, placeDateline: placeDateline, paragraphs: paragraphs, boilerplate: boilerplate)
    }

    /// A story under way on the publication day: most often one that started in the last month, else
    /// one of the longer stories of the last year that has not been over for long.
    private func pickStory(published: Int, random: inout SeededRandom) -> Story {
        let latest = min(storyCount - 1, max(0, Int(Double(published - Self.firstDay) / slot)))
        var fallback: Story?
        for _ in 0..<4 {
            let reach = random.chance(70) ? 30 : 365
            let back = min(latest, Int(Double(reach) / slot))
            let story = self.story(latest - random.below(back + 1))
            if story.start <= published && published <= story.end + 45 { return story }
            if story.start <= published && fallback == nil { fallback = story }
        }
        if let fallback { return fallback }
        return story(max(0, latest - 1))
    }

    /// A clause with its date, in front or behind, sometimes attributed.
    private func dated(_ clause: String, _ phrase: String, story: Story, random: inout SeededRandom) -> String {
        let attribution = random.pick(["", "", ", \(story.person) said", ", according to \(story.organisation)", ", officials said"])
        if random.chance(40) {
            return phrase.capitalizedFirst + ", " + clause + attribution + "."
        }
        return clause.capitalizedFirst + " " + phrase + attribution + "."
    }
}
