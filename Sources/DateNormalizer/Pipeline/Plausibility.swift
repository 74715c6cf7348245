/// Stage 4: drops readings that are words, names or numbers rather than dates.
///
/// Rules mark their weakest readings latent (a bare "1990", "may", "the past"); this stage keeps a
/// latent reading only when its surroundings confirm it, and drops any reading glued to letters or
/// digits around it ("H1N1", "A1B2"), years that count things ("1990 people", "Flight 1549"), and
/// months that are names ("Brian May", "April Ryan").
struct Plausibility: Sendable {
    let lexicon: Lexicon

    /// Words after a number that make it a count, not a year.
    static let countNouns: Set<String> = [
        "people", "persons", "residents", "soldiers", "troops", "workers", "employees", "jobs", "students", "children", "families",
        "homes", "houses", "cases", "deaths", "patients", "votes", "seats", "members", "points", "shares", "barrels", "tons", "tonnes",
        "pounds", "kilograms", "kg", "km", "kilometers", "kilometres", "miles", "meters", "metres", "feet", "acres", "hectares",
        "dollars", "euros", "yuan", "yen", "rupees", "units", "vehicles", "cars", "planes", "ships", "rooms", "beds", "copies", "words",
        "pages", "calories", "degrees", "signatures", "flights", "passengers", "prisoners", "refugees", "protesters", "police",
        "officers", "megawatts", "gallons", "liters", "litres", "years", "days", "months", "weeks", "hours", "minutes", "percent",
        "dead", "killed", "injured", "wounded", "men", "women", "times", "of", "to", "more", "others", "new", "million", "billion",
        "hundreds", "thousands", "millions", "billions",
        "users", "customers", "visitors", "fans", "species", "cattle", "sheep", "birds", "lines", "items", "laborers", "delegates",
        "pieces", "toys", "bottles", "boxes", "trees", "animals", "guns", "weapons", "bombs", "rockets", "missiles", "tanks",
    ]
    /// Words after a number that make it an amount, whatever comes before it.
    static let magnitudes: Set<String> = ["hundred", "thousand", "million", "billion", "trillion"]
    /// Words before a number that make it an identifier or an amount.
    static let idNouns: Set<String> = [
        "no", "number", "page", "pages", "flight", "route", "room", "section", "article", "chapter", "paragraph", "rule", "code",
        "model", "version", "item", "apartment", "suite", "unit", "box", "highway", "interstate", "bus", "train", "platform", "gate",
        "terminal", "lot", "batch", "resolution", "boeing", "airbus", "rs", "usd", "eur", "gbp", "hk", "us", "pm", "am", "a.m.", "p.m.",
        "channel", "exit", "road", "street", "avenue", "st", "ave", "floor", "seat", "row", "act", "bill", "law", "decree", "file",
    ]
    /// Things named after a holiday: "the Christmas market", "a Thanksgiving turkey", "Easter eggs". The holiday
    /// modifies the noun and dates nothing ("The Lindmere Christmas market reopened"); "on Christmas" still is one.
    static let holidayThings: Set<String> = [
        "market", "markets", "fair", "fairs", "tree", "trees", "card", "cards", "lights", "decorations", "ornaments", "shop",
        "shops", "shopper", "shoppers", "shopping", "sale", "sales", "catalog", "catalogue", "album", "song", "songs", "carol",
        "carols", "film", "movie", "special", "episode", "edition", "menu", "pudding", "cake", "cakes", "turkey", "stocking",
        "stockings", "gift", "gifts", "present", "presents", "bonus", "bonuses", "display", "displays",
        "village", "grotto", "wreath", "wreaths", "jumper", "jumpers", "sweater", "sweaters", "costume", "costumes", "candy",
        "egg", "eggs", "bunny", "hamper", "hampers", "advert", "ad", "ads", "stall", "stalls", "tradition", "traditions",
    ]
    /// Words before a holiday that also names a place that make it the holiday: "on Corpus Christi".
    static let placeHolidayPrepositions: Set<String> = ["on", "before", "after", "until", "till", "since", "during", "over"]
    /// Words after such a holiday that make it the holiday: "the Corpus Christi procession".
    static let placeHolidayNouns: Set<String> = [
        "day", "feast", "procession", "processions", "celebration", "celebrations", "festivities", "holiday", "weekend", "mass",
    ]
    /// Nouns after "today's" that make it "nowadays", not the dateline's day: "today's youth", "in today's dollars".
    static let genericNouns: Set<String> = [
        "world", "youth", "society", "generation", "generations", "young", "kids", "teenagers", "standards", "terms",
        "technology", "culture", "computers", "economy", "consumers", "politics", "media", "parents",
    ]
    /// Words before a bare year that keep it a year when a plural noun follows: "the 2015 elections",
    /// "its 2015 results", "from 2015 levels".
    static let yearModifiers: Set<String> = [
        "the", "a", "an", "its", "their", "his", "her", "our", "your", "my", "this", "that", "these", "those",
        "in", "of", "for", "from", "since", "by", "until", "till", "before", "after", "during", "to", "at", "on", "and",
        "or", "between", "through", "year", "fiscal", "calendar", "season", "model", "class", "vintage",
    ]
    /// Verbs in `-s` that may follow a year as the subject of a sentence: "2015 marks the 50th anniversary".
    static let yearVerbs: Set<String> = [
        "marks", "sees", "brings", "promises", "looks", "begins", "ends", "remains", "comes", "starts", "proves",
        "seems", "appears", "means", "makes", "gives", "holds", "offers", "shows", "was", "has", "does", "goes",
    ]
    /// Modals that make "soon" a time ahead ("may soon seek", "soon will begin").
    static let modals: Set<String> = ["will", "may", "might", "could", "should", "would", "can"]
    static let words = Array(countNouns) + Array(magnitudes) + Array(idNouns) + Array(yearModifiers) + Array(yearVerbs) + Array(holidayThings) + Array(genericNouns) + Array(modals) + ["high", "s", "week", "year", "month", "day"] + ["than", "about", "around", "approximately", "nearly", "some", "old", "olds", "when", "or", "as",
                                                             "annual", "against", "through", "feast"] + Array(programNouns) + Array(placeHolidayPrepositions)
        + Array(placeHolidayNouns)

    /// What a programme named "Today" is: "the BBC's Today programme".
    static let programNouns: Set<String> = ["program", "programme", "show", "newspaper"]

    /// Whether a chart entry may become a mention.
    func accept(_ e: ChartEntry, _ tokens: [Token], rules: [Rule]) -> Bool {
        switch e.value {
        case .number, .ordinal: return false
        default: break
        }
        let first = Int(e.extentFirst), last = Int(e.extentEnd) - 1
        guard first <= last else { return false }
        // glued to letters or digits on either side: part of a code or a longer word
        if first > 0, !tokens[first].has(.spaceBefore), isAlnum(tokens[first - 1]) { return false }
        if last + 1 < tokens.count, !tokens[last + 1].has(.spaceBefore), isAlnum(tokens[last + 1]) { return false }
        // a number continued by ",000" or ".5", or preceded by "2," or "$"
        if first > 0, !tokens[first].has(.spaceBefore), tokens[first - 1].kind == .punct {
            let p = tokens[first - 1].value
            if p == 36 || p == 35 || p == 64 { return false }  // $ # @
            if (p == 44 || p == 46 || p == 58 || p == 47 || p == 45), first > 1, tokens[first - 2].kind == .number, !tokens[first - 1].has(.spaceBefore) {
                return false  // "138-2010-2015", "2,015"
            }
        }
        if last + 1 < tokens.count, !tokens[last + 1].has(.spaceBefore), tokens[last + 1].kind == .punct {
            let p = tokens[last + 1].value
            if p == 37 { return false }  // %
            if (p == 44 || p == 46 || p == 47 || p == 58 || p == 45), last + 2 < tokens.count, tokens[last + 2].kind == .number, !tokens[last + 2].has(.spaceBefore) {
                return false
            }
        }
        // ages: "a 6-year-old boy", "Mr. Reupke, 52 years old"
        if case .duration = e.value, last + 2 < tokens.count, tokens[last + 1].kind == .punct, tokens[last + 1].value == 45,
           word(tokens, last + 2) == "old" {
            return false
        }
        // "52 years old", and an age told in parts: "SHE WAS 7YRS 6MTHS AND 10DAYS OLD", "two years and three
        // months old"
        if case .duration = e.value {
            var k = last + 1
            while k < tokens.count, k <= last + 8, tokens[k].kind == .number || isCount(tokens[k]) || tokens[k].kind == .punct && tokens[k].value == 44
                    || word(tokens, k) == "and" || tokens[k].lexeme != Lexicon.unknown && lexicon[tokens[k].lexeme].unit != nil {
                k += 1
            }
            if word(tokens, k) == "old" { return false }
        }
        // "predominant in one to four year olds": whatever reads the count, a unit before "old(s)" is an age
        if tokens[last].kind == .word, tokens[last].lexeme != Lexicon.unknown, lexicon[tokens[last].lexeme].unit != nil,
           let n = word(tokens, last + 1) ?? (last + 2 < tokens.count && tokens[last + 1].kind == .punct && tokens[last + 1].value == 45
                                              ? word(tokens, last + 2) : nil),
           n == "old" || n == "olds" {
            return false
        }
        // "five Year Seven pupils", "a year 9 pupil": a school year (or "year 3 of the war") counted, not a length
        if case .duration = e.value, word(tokens, last) == "year", last + 1 < tokens.count, !tokens[last + 1].has(.newlineBefore),
           tokens[last + 1].kind == .number || isCount(tokens[last + 1]) {
            return false
        }
        // a title or a name: "ABC's \"This Week\"", "CBS's \"60 Minutes\"", "VOA Today" (not a quote that opens a
        // sentence: "``Today, I'm here")
        if tokens[first].has(.capitalized) || tokens[first].kind == .number, tokens[last].has(.capitalized), first > 0, !tokens[first].has(.newlineBefore) {
            let prev = tokens[first - 1]
            let quote = prev.kind == .punct && [34, 96, 39].contains(prev.value)
            var k = first - 1
            while k > 0, tokens[k].kind == .punct, [34, 96, 39].contains(tokens[k].value) { k -= 1 }
            let quoteOpensSentence = quote && (k == 0 || tokens[k].kind == .punct && [46, 33, 63, 58].contains(tokens[k].value) || tokens[k + 1].has(.newlineBefore))
            // (a capitalized word after an acronym is a name; a day number is not: "NEXT 26 MAY - 29 MAY")
            if quote && !quoteOpensSentence || prev.has(.allCaps) && tokens[first].kind == .word { return false }
        }
        // "Now, he says ...": a sentence opened by "Now," is a discourse turn, not a time
        if case .date(.ref(.present)) = e.value, first == last, isSentenceStart(tokens, first), tokens[first].has(.capitalized),
           last + 1 < tokens.count, tokens[last + 1].kind == .punct, tokens[last + 1].value == 44, word(tokens, first) == "now" {
            return false
        }
        // "the quarter-to-quarter comparison", "day-to-day operations": a compound adjective, no period of its own
        if last + 3 < tokens.count, Token.isGluedHyphen(tokens, last + 1), word(tokens, last + 2) == "to", Token.isGluedHyphen(tokens, last + 3),
           word(tokens, last + 4) != "date" {
            return false
        }
        if first >= 3, !tokens[first].has(.spaceBefore), Token.isGluedHyphen(tokens, first - 1), word(tokens, first - 2) == "to", Token.isGluedHyphen(tokens, first - 3) {
            return false
        }
        // "my day to day life", "day by day": the idioms written with spaces; "in my day" is in my time
        if tokens[last].kind == .word, tokens[last].lexeme != Lexicon.unknown, lexicon[tokens[last].lexeme].unit == .day,
           word(tokens, last) == "day" {
            if let n = word(tokens, last + 1), n == "to" || n == "by", word(tokens, last + 2) == "day" { return false }
            if last == first + 1, word(tokens, first) == "my", word(tokens, first - 1) == "in" { return false }
        }
        // "''60 Minutes": a closing quote, not the apostrophe of a year
        if first > 0, tokens[first].kind == .punct, tokens[first].value == 39, tokens[first - 1].kind == .punct,
           [34, 96, 39].contains(tokens[first - 1].value), !tokens[first].has(.spaceBefore) {
            return false
        }
        let rule = e.rule >= 0 ? rules[Int(e.rule)].checked : .other
        if !standsAsDate(e, tokens, rule: rule) { return false }
        if e.latent { return confirmLatent(e, tokens, rule: rule) }
        // a month word that is the whole text is the month ("May" alone, as a query or a form field)
        if isBareMonth(e), !(first == 0 && last + 1 == tokens.count), isName(tokens, first) || isModal(tokens, first) { return false }
        // names that open with a date word: "the BBC's Today programme", "the Daily Mail"
        if first == last, tokens[first].has(.capitalized), word(tokens, first) == "today",
           let n = word(tokens, last + 1), Plausibility.programNouns.contains(n) {
            return false
        }
        if first == last, word(tokens, first) == "daily", tokens[first].has(.capitalized), last + 1 < tokens.count,
           tokens[last + 1].kind == .word, tokens[last + 1].has(.capitalized), !tokens[last + 1].has(.newlineBefore) {
            return false
        }
        // "the DEC appeal", "via the DEC website": a three-letter month in capitals, alone, is an acronym
        if isBareMonth(e), tokens[first].has(.allCaps), !tokens[first].has(.dotted), tokens[first].end - tokens[first].start == 3 { return false }
        return true
    }

    /// Names and nouns that share a date's words: "the 11th Circuit", "the second world war", "the
    /// March for Life", "money lent to", "in his 30s".
    func standsAsDate(_ e: ChartEntry, _ tokens: [Token], rule: CheckedRule) -> Bool {
        let first = Int(e.extentFirst), end = Int(e.extentEnd)
        let next = end < tokens.count ? tokens[end] : nil
        // "19 JANUARY, 1130 GMT", "1410 to 1430 GMT": four digits before a zone are a 24-hour time, not a year
        // ("by 1100 (1600 GMT)" too: a local time glossed in GMT)
        if tokens[end - 1].kind == .number, tokens[end - 1].digits == 4, TimeRules.hhmm(tokens[end - 1].value) != nil {
            var k = end
            if let n = next, n.kind == .punct, n.value == 40, k + 1 < tokens.count, tokens[k + 1].kind == .number, tokens[k + 1].digits == 4 {
                k += 2
            }
            if isClockZone(tokens, k) {
                if case .time = e.value {} else { return false }
            }
        }
        // "since March 1, 50 did so", "on Jan. 1, 99 people died": two digits after the comma, without
        // the apostrophe of a year ('98) and followed by a word, are a count that starts the clause
        if rule == .monthDayYY, end >= 2, !(tokens[end - 2].kind == .punct && tokens[end - 2].value == 39),
           let n = next, n.kind == .word, !n.has(.newlineBefore) {
            return false
        }
        // "11am on the ninth floor": whatever reads it, "the <nth>" before a noun is no day of the month
        if end - first >= 2, word(tokens, end - 2) == "the", tokens[end - 1].kind == .ordinal
            || tokens[end - 1].kind == .word && tokens[end - 1].lexeme != Lexicon.unknown && lexicon[tokens[end - 1].lexeme].ordinal > 0,
           let n = next, n.kind == .word, !n.has(.newlineBefore), !n.has(.capitalized), !isTemporalWord(n),
           word(tokens, end).map({ !["and", "or", "to", "when", "as", "of"].contains($0) }) ?? true {
            return false
        }
        switch e.value {
        case .date(.calendar(.some, nil, nil)):
            // "of 1900 billion yen", "about 1850 thousand": a number with its magnitude is an amount
            if let n = word(tokens, end), Plausibility.magnitudes.contains(n) { return false }
        case .date(.calendar(nil, nil, .some)) where rule == .onTheNth || rule == .theNth:
            // a day of the month is not followed by a noun: "the 11th Circuit", "the second world war"
            if let n = next, n.kind == .word, !n.has(.newlineBefore), !isTemporalWord(n),
               n.has(.capitalized) || word(tokens, end).map({ !["and", "or", "to", "when", "as"].contains($0) }) ?? true {
                return false
            }
        case .date(.calendar(nil, 3, nil)) where end - first == 1:
            // "the annual March for Life", "the March of the Mothers": a march, not the month ("the March accession" is)
            if let w = word(tokens, first - 1), TenseFillers.determiners.contains(w) || w == "annual",
               let n = word(tokens, end), ["for", "of", "on", "against", "to", "through"].contains(n) {
                return false
            }
        case .date(.calendar(_, .some, .some)) where end - first >= 2:
            // "he may one day fly", "they march two miles": a verb in lower case with a count
            // written in words, not a month and a day ("May 1", "march first", "March two" still are)
            let t = tokens[first]
            if t.kind == .word, !t.has(.capitalized), t.lexeme != Lexicon.unknown, lexicon[t.lexeme].latent,
               tokens[first + 1].kind == .word, tokens[first + 1].lexeme != Lexicon.unknown,
               lexicon[tokens[first + 1].lexeme].cardinal >= 0, lexicon[tokens[first + 1].lexeme].ordinal <= 0 {
                return false
            }
        case .date(.holiday) where end - first == 1:
            // "lent" in lower case is the verb
            if word(tokens, first) == "lent", !tokens[first].has(.capitalized) { return false }
            if let n = next, !n.has(.capitalized), let w = word(tokens, end), Plausibility.holidayThings.contains(w) { return false }
            // "Christmas Island", "Easter Island", "Greg Farley and Christmas Clapton", "Easter Egg Podcasts": a
            // name, not the day
            if let n = next, n.kind == .word, n.has(.capitalized), !n.has(.allCaps), n.has(.spaceBefore), !n.has(.newlineBefore),
               n.lexeme == Lexicon.unknown || word(tokens, end).map(Plausibility.holidayThings.contains) == true {
                return false
            }
        case .date(.weekday(_, .none)) where end - first == 1:
            // "the Sunday Times reported", "the Sunday Telegraph": a name, not the day ("the Monday Night Football
            // game" stays a Monday night: a part of the day is no name)
            if word(tokens, first - 1) == "the", let n = next, n.kind == .word, n.has(.capitalized), !n.has(.newlineBefore),
               !isTemporalWord(n), n.lexeme == Lexicon.unknown || lexicon[n.lexeme].partOfDay == nil {
                return false
            }
        case .date(.holiday(let id, nil, .none)) where Holidays.all[id].namesAPlace && word(tokens, first) != "feast":
            // "in Corpus Christi", "Corpus Christi, Texas": the city; "on Corpus Christi" and "the
            // Corpus Christi procession" are the feast
            let n = word(tokens, end)
            let dated = word(tokens, first - 1).map(Plausibility.placeHolidayPrepositions.contains) ?? false
            if !(dated && !(next.map { $0.kind == .word && $0.has(.capitalized) } ?? false)),
               !(n.map(Plausibility.placeHolidayNouns.contains) ?? false) {
                return false
            }
        case .date(.holiday):
            // "lent 2040 million euros": a verb before an amount, not Lent of a year
            if tokens[end - 1].kind == .number, let n = word(tokens, end), Plausibility.magnitudes.contains(n) || Plausibility.countNouns.contains(n) {
                return false
            }
            if let n = next, !n.has(.capitalized), let w = word(tokens, end), Plausibility.holidayThings.contains(w) { return false }
        case .date(.inDuration(let d)) where d.parts.count == 1 && (d.parts[0].count ?? 0) > 1:
            // "a one in 200 year event", "a 1-in-100 year flood": a singular unit after a count, before a noun,
            // is an adjective of odds, not a day 200 years ahead
            if let u = word(tokens, end - 1), !u.hasSuffix("s"), let n = next, n.kind == .word, !n.has(.newlineBefore),
               !n.has(.capitalized), !isTemporalWord(n) {
                return false
            }
        case .date(.decade), .date(.part(_, of: .decade)):
            // "in his 30s", "her early twenties": an age
            let possessives: Set<String> = ["his", "her", "their", "my", "your", "our"]
            var k = first - 1
            if let w = word(tokens, k), ["early", "mid", "late"].contains(w) { k -= 1 }
            if k >= 0, tokens[k].kind == .punct, tokens[k].value == 45 { k -= 1 }  // "mid-30s"
            if let w = word(tokens, k), possessives.contains(w) { return false }
        case .duration(let d) where d.parts.count == 1 && d.parts[0].count == 1:
            // "four flights a week", "$1.76 a year", "24 hours a day": a rate, not a length of time
            if let w = word(tokens, first), w == "a" || w == "an", first >= 1 {
                let before = tokens[first - 1]
                if before.kind == .number || isCount(before) { return false }
                if first >= 2, before.kind == .word, tokens[first - 2].kind == .number || isCount(tokens[first - 2]) { return false }
            }
        default:
            break
        }
        switch rule {
        case .weekdayNth:
            // "It would come Sunday, first the sheen and then the oil": an ordinal word before a lower-case
            // word that does not read it as a day counts steps ("Sunday the first" and "Sunday 1st" still are)
            if tokens[end - 1].kind == .word, !(word(tokens, end - 2) == "the"), let n = next, n.kind == .word,
               !n.has(.capitalized), !n.has(.newlineBefore),
               n.lexeme == Lexicon.unknown || lexicon[n.lexeme].month == 0 && !["of", "and", "or", "to", "through"].contains(lexicon.spelling(n.lexeme)) {
                return false
            }
        case .theNextDay:
            // "One day, wine is good, next day it's bad": the idiom's second half, no day after the last date
            if word(tokens, first) == "next" {
                var k = first - 1
                while k >= 1, first - k <= 10, !tokens[k].endsSentence {
                    if word(tokens, k) == "day", word(tokens, k - 1) == "one" { return false }
                    k -= 1
                }
            }
        case .nextWeekday:
            // "in Haiti following Tuesday's earthquake": "following" is "after" before a possessive weekday
            if word(tokens, first) == "following", Pipeline.apostropheS(tokens, end, lexicon: lexicon) { return false }
        case .weeksOnWeekday:
            // "He spent a week on Monday's report": a length spent on something of that day
            if let n = next, n.kind == .punct, n.value == 39, !n.has(.spaceBefore) { return false }
        case .atTheMoment:
            // "the first rector at the present church": "present" there is an adjective of the noun after it
            if word(tokens, end - 1) == "present", word(tokens, end - 2) == "the", let n = next, n.kind == .word, !n.has(.newlineBefore),
               !n.has(.capitalized), !["moment", "juncture", "stage", "day"].contains(word(tokens, end) ?? "") {
                return false
            }
        case .nextMonthDay:
            // "BACK ... NEXT 26 MAY - 29 MAY": a slideshow's button in capitals, not "next May 26"
            if tokens[first].has(.allCaps) { return false }
        case .durationBeforeDate:
            // "It has been half a year since April 20": a length up to now, and the date it counts from; only
            // "in two years since 2011" is a date
            if (first + 1..<end).contains(where: { word(tokens, $0) == "since" }),
               !(word(tokens, first - 1).map { ["in", "within"].contains($0) } ?? false) {
                return false
            }
        case .hhmmGMT:
            // "(2006 est.)" is an estimate: a zone is written in capitals ("1653 local time" has none)
            if !isClockZone(tokens, first + 1) { return false }
        case .soon:
            let before = word(tokens, first - 1), after = word(tokens, end)
            if !(before.map(Plausibility.modals.contains) ?? false || before == "to"), !(after.map(Plausibility.modals.contains) ?? false) {
                return false
            }
        case .thePast, .inThePast:
            // "over the past three summers": a count follows, so "the past" opens a longer phrase, not the vague past
            if let n = next, n.kind == .number || n.kind == .word && n.lexeme != Lexicon.unknown && lexicon[n.lexeme].cardinal >= 0 {
                return false
            }
        case .someday:
            // "Islam will one day be", "he may one day fly": only after a modal (or "to") is it someday
            let before = word(tokens, first - 1)
            if !(before.map(Plausibility.modals.contains) ?? false || before == "to") { return false }
        case .forTheDay:
            // "during the day Friday": the date that follows is the mention
            if let n = next, n.kind == .word, n.lexeme != Lexicon.unknown, lexicon[n.lexeme].weekday > 0 || lexicon[n.lexeme].month > 0 { return false }
        case .noon:
            // "High Noon", "high noon comes today": the idiom, not twelve o'clock
            if word(tokens, first - 1) == "high" { return false }
        case .today:
            // "today's youth", "today's world": nowadays
            if end + 2 < tokens.count, tokens[end].kind == .punct, tokens[end].value == 39, word(tokens, end + 1) == "s",
               let w = word(tokens, end + 2), Plausibility.genericNouns.contains(w) {
                return false
            }
            // "today's personal computers": one adjective may come between
            if end + 3 < tokens.count, tokens[end].kind == .punct, tokens[end].value == 39, word(tokens, end + 1) == "s",
               tokens[end + 2].kind == .word, !tokens[end + 2].has(.capitalized), tokens[end + 2].lexeme == Lexicon.unknown || !lexicon[tokens[end + 2].lexeme].strong,
               let w = word(tokens, end + 3), Plausibility.genericNouns.contains(w) {
                return false
            }
            if let t = word(tokens, first), t != "today", let w = word(tokens, end), Plausibility.genericNouns.contains(w) { return false }
        case .theDayAfter:
            // "later in the day before returning home": "before" opens a clause, the day is no date of its own
            if let n = next, n.kind == .word, n.has(.endsInIng) { return false }
            // "the decade after the war", "the century before Christ": counted from an event no date names;
            // a day, week, month or year after one still follows the date last named
            if let u = word(tokens, first + 1), ["decade", "century"].contains(u), let n = next, n.kind == .word,
               !n.has(.newlineBefore), n.lexeme == Lexicon.unknown || lexicon[n.lexeme].month == 0 && lexicon[n.lexeme].weekday == 0 {
                return false
            }
        case .unitBeforeLast:
            // "the day before last Tuesday's hearing" is the day before last Tuesday, not two days back
            if let n = next, n.kind == .word, n.lexeme != Lexicon.unknown {
                let e = lexicon[n.lexeme]
                if e.weekday > 0 || e.month > 0 || e.unit != nil { return false }
            }
        default:
            break
        }
        // a composition that ends on "the 25th" followed by a noun: "a week after the 25th anniversary"
        if end - first >= 3, tokens[end - 1].kind == .ordinal, word(tokens, end - 2) == "the", let n = next, n.kind == .word,
           !n.has(.newlineBefore), !isTemporalWord(n), n.has(.capitalized) || word(tokens, end).map({ !["and", "or", "to", "when", "as"].contains($0) }) ?? true {
            return false
        }
        // "EOM", "BOY": business shorthand only in capitals ("the boy", "a bom")
        if rule == .eom, !tokens[first].has(.allCaps) { return false }
        return true
    }

    /// Whether a 24-hour time's zone starts at `k`: a zone in capitals ("GMT", not the "est." of an
    /// estimate) or "local time".
    func isClockZone(_ tokens: [Token], _ k: Int) -> Bool {
        guard let z = word(tokens, k) else { return false }
        return TimeRules.clockZones.contains(z) && tokens[k].has(.allCaps) || z == "local" && word(tokens, k + 1) == "time"
    }

    /// A number word ("four") or a large-number word ("million").
    func isCount(_ t: Token) -> Bool {
        guard t.kind == .word, t.lexeme != Lexicon.unknown else { return false }
        if lexicon[t.lexeme].cardinal >= 0 { return true }
        let w = lexicon.spelling(t.lexeme)
        return w == "million" || w == "billion"
    }


    func isAlnum(_ t: Token) -> Bool { t.kind == .word || t.kind == .number || t.kind == .ordinal || t.kind == .other }

    /// Whether a bare four-digit number counts the plural noun after it: "had received 1800 calls",
    /// "with 1750 comments". A determiner or preposition before it keeps it a year ("the 2015
    /// elections", "from 2015 levels"), and so does a verb after it ("2015 marks").
    func countsThings(_ tokens: [Token], first: Int, end: Int) -> Bool {
        guard end < tokens.count, first > 0 else { return false }
        let next = tokens[end], previous = tokens[first - 1]
        guard next.kind == .word, next.has(.plural), next.has(.spaceBefore), previous.kind == .word else { return false }
        if let w = word(tokens, end), Plausibility.yearVerbs.contains(w) || lexicon[next.lexeme].strong { return false }
        if let w = word(tokens, first - 1), Plausibility.yearModifiers.contains(w) { return false }
        return true
    }

    func word(_ tokens: [Token], _ i: Int) -> String? {
        guard i >= 0, i < tokens.count, tokens[i].kind == .word, tokens[i].lexeme != Lexicon.unknown else { return nil }
        return lexicon.spelling(tokens[i].lexeme)
    }

    func isBareMonth(_ e: ChartEntry) -> Bool {
        guard e.extentEnd - e.extentFirst == 1 else { return false }
        switch e.value {
        case .date(.calendar(nil, .some, nil)), .date(.month(_, .none)): return true
        default: return false
        }
    }

    /// "Brian May", "April Ryan", "June Carter": a capitalized name word before or after the month.
    func isName(_ tokens: [Token], _ i: Int) -> Bool {
        let t = tokens[i]
        guard t.has(.capitalized), !t.has(.dotted) else { return false }
        if i > 0, tokens[i - 1].kind == .word, tokens[i - 1].has(.capitalized), !tokens[i - 1].has(.allCaps),
           !isSentenceStart(tokens, i - 1) || tokens[i - 1].lexeme == Lexicon.unknown, !isTemporalWord(tokens[i - 1]) {
            return true
        }
        if i + 1 < tokens.count, tokens[i + 1].kind == .word, tokens[i + 1].has(.capitalized), tokens[i + 1].has(.spaceBefore),
           !isTemporalWord(tokens[i + 1]), !tokens[i + 1].has(.allCaps) {
            return true
        }
        return false
    }

    /// "May", "March", "Jan" alone are dates only after a temporal frame word ("in May", "since March", "last May").
    func isModal(_ tokens: [Token], _ i: Int) -> Bool {
        guard tokens[i].lexeme != Lexicon.unknown, lexicon[tokens[i].lexeme].latent, !tokens[i].has(.dotted) else { return false }
        // a capitalized "March" is the month; "May" and "Jan" stay doubtful ("May I", "Jan Egeland")
        if tokens[i].has(.capitalized), lexicon.spelling(tokens[i].lexeme) == "march" { return false }
        guard let prev = word(tokens, i - 1) else { return true }
        return !Plausibility.monthFrames.contains(prev)
    }

    static let monthFrames: Set<String> = ["in", "since", "until", "till", "by", "during", "through", "from", "to", "of", "before", "after",
                                           "early", "late", "mid", "last", "next", "this", "end", "beginning", "middle", "and", "or",
                                           "between", "around", "every", "each", "past", "coming", "on", "for", "until", "throughout"]

    func isTemporalWord(_ t: Token) -> Bool {
        guard t.lexeme != Lexicon.unknown else { return false }
        let e = lexicon[t.lexeme]
        if e.month > 0 || e.weekday > 0 || e.cardinal >= 0 || e.ordinal > 0 { return true }
        return ["in", "on", "since", "until", "by", "from", "early", "late", "mid", "last", "next", "this", "during", "of", "through",
                "and", "or", "the", "between", "before", "after", "to", "till", "at"].contains(lexicon.spelling(t.lexeme))
    }

    func isSentenceStart(_ tokens: [Token], _ i: Int) -> Bool {
        if i == 0 || tokens[i].has(.newlineBefore) { return true }
        let p = tokens[i - 1]
        return p.kind == .punct && (p.value == 46 || p.value == 33 || p.value == 63 || p.value == 34 || p.value == 58)
    }

    /// Latent readings stand when context confirms them.
    func confirmLatent(_ e: ChartEntry, _ tokens: [Token], rule: CheckedRule) -> Bool {
        let first = Int(e.extentFirst), end = Int(e.extentEnd)
        switch e.value {
        case .date(.calendar(let y?, nil, nil)) where rule == .year:
            // a bare four-digit year: not a count, an amount or an identifier
            // digits, or a year read in words the way years are said ("nineteen ninety-six")
            let saidAsYear = tokens[first].kind == .word && end - first >= 2 && tokens[first].lexeme != Lexicon.unknown
                && (10...29).contains(lexicon[tokens[first].lexeme].cardinal)
            guard (1800...2100).contains(y), tokens[first].kind == .number || saidAsYear else { return false }
            if let w = word(tokens, end), Plausibility.countNouns.contains(w) { return false }
            if countsThings(tokens, first: first, end: end) { return false }
            // part of a run of numbers: "32 - 2015", "2012 80 10", "000 111 82-2100"
            if end < tokens.count, tokens[end].kind == .number { return false }
            if first > 0, tokens[first - 1].kind == .number { return false }
            if first > 1, tokens[first - 1].kind == .punct, [45, 47].contains(tokens[first - 1].value), tokens[first - 2].kind == .number { return false }
            if end + 1 < tokens.count, tokens[end].kind == .punct, [45, 47].contains(tokens[end].value), tokens[end + 1].kind == .number { return false }
            if let w = word(tokens, first - 1), Plausibility.idNouns.contains(w) { return false }
            if !saidAsYear, first > 0, tokens[first - 1].kind == .word, tokens[first - 1].has(.capitalized), word(tokens, first - 1) == nil {
                return false  // "Boeing 747", "Flight 1549", "Windows 2000"
            }
            return true
        case .date(.calendar(nil, nil, .some)) where rule == .theNth:
            // "the 14th" alone, not "the 14th century" or "the 14th floor"
            guard end < tokens.count else { return true }
            let next = tokens[end]
            return next.kind == .punct || next.has(.capitalized) || word(tokens, end).map { ["and", "or", "to", "when", "as"].contains($0) } == true
        case .date(.later) where rule == .durationBefore:
            // nothing of the clause follows: "the vote came two days after."
            return end == tokens.count || tokens[end].kind == .punct && tokens[end].value != 39 && tokens[end].value != 45
        case .date(.alone):
            return first == 0 && end == tokens.count
        case .duration:
            // bare plurals ("years") only in a durational frame: "for years", handled by their own rule
            return false
        default:
            return false
        }
    }
}

/// The rules whose readings `Plausibility` looks at by name, known by an enum case so that the checks
/// run for every reading compare integers, not strings. A rule's `checked` is its case, or `.other`.
enum CheckedRule: String, Sendable, CaseIterable {
    case weekdayNth = "<weekday> <nth>"
    case theNextDay = "the next day"
    case nextWeekday = "next <weekday>"
    case atTheMoment = "at the moment"
    case nextMonthDay = "next <month-day>"
    case durationBeforeDate = "<duration> before <date>"
    case hhmmGMT = "<hhmm> GMT"
    case soon = "soon"
    case thePast = "the past"
    case inThePast = "in the past"
    case someday = "one day (someday)"
    case forTheDay = "for the day"
    case noon = "noon"
    case today = "today"
    case theDayAfter = "the day after"
    case unitBeforeLast = "the <unit> before last"
    case monthDayYY = "<month> <day> '<yy>"
    case onTheNth = "on the <nth>"
    case theNth = "the <nth>"
    case eom = "EOM"
    case year = "<year>"
    case durationBefore = "<duration> before"
    case weeksOnWeekday = "<weeks> on <weekday>"
    case other = ""
}
