/// What a verb or auxiliary says about when the clause happens.
enum TenseCue: UInt8, Sendable, Hashable {
    /// `will`, `'ll`, `is scheduled to`, `plans`, `would`: the clause looks ahead.
    case future
    /// `said`, `was`, `met`: the clause reports the past.
    case past
    /// `is`, `are`, `says`: present; weak.
    case present
    /// `is`, `are`, `be`: decides with the participle that follows (`is scheduled` vs `is said`).
    case auxiliary
    /// `scheduled`, `expected`, `due`, `set`, `slated`: future after `is`/`are`/`be`, past alone.
    case prospective
}

/// Words that are neither verbs nor cues but sit inside verb groups or before adjectives: an
/// auxiliary chain reads through adverbs ("would still be held"), and a determiner makes the "-ed"
/// word after it an adjective ("a still unspecified date", "the planned merger").
enum TenseFillers {
    static let adverbs: Set<String> = ["still", "also", "not", "never", "already", "just", "only", "probably", "now", "then",
                                       "again", "even", "yet", "actually", "formally", "officially", "finally", "first",
                                       "originally", "initially", "eventually", "soon", "later"]
    // not "that": it is more often a relative pronoun ("shootings that injured doctors")
    static let determiners: Set<String> = ["a", "an", "the", "its", "their", "his", "her", "our", "your", "my", "this",
                                           "no", "any", "each", "every", "some"]
    /// Particles that make "set" a phrasal verb in the past ("set aside", "set off"), not "set for Friday".
    static let particles: Set<String> = ["aside", "off", "up", "out", "about", "fire", "free", "forth", "down"]
    /// Verbs that move a date forward: the date after "until", "through" or "to" is the new one, still to come.
    static let postponements: Set<String> = ["postponed", "postpone", "postpones", "delayed", "delay", "delays", "extended",
                                             "extend", "extends", "adjourned", "deferred", "rescheduled", "suspended"]
    /// Adverbs of habit: "typically begins in May", "is usually held at Christmas", "normally sits on
    /// Tuesday" speak of every May, Christmas or Tuesday, not of one.
    static let habitual: Set<String> = ["usually", "normally", "typically", "generally", "traditionally", "customarily",
                                        "ordinarily", "routinely", "habitually", "regularly", "invariably", "often"]
    /// Verbs in the past before "to be" that report a state then: "was found to be infected on Saturday",
    /// "appeared to be stabilizing on Saturday".
    static let raising = ["found", "appeared", "seemed", "said", "reported", "believed", "thought", "known", "shown",
                          "proved", "proven", "claimed", "alleged", "estimated", "understood", "deemed"]
    /// Linking verbs before a participle used as an adjective: "will stay closed until Friday", "will remain
    /// shut". The base form lets the words before decide; the `-s` form is the present.
    static let linking: Set<String> = ["stay", "remain", "get", "become", "seem", "appear", "keep", "look"]
    static let linkingPresent: Set<String> = ["stays", "remains", "gets", "becomes", "seems", "appears", "keeps", "looks"]
    /// "retroactive to January 1", "backdated to April": the date is a start already passed.
    static let retroactive: Set<String> = ["retroactive", "retroactively", "backdated", "retrospective", "retrospectively"]
    /// Past verbs of promising: "She pledged legislation by August" sets a deadline then, which may still
    /// be ahead of the dateline.
    static let promises: Set<String> = ["pledged", "promised", "vowed", "undertook", "committed", "agreed", "swore"]
    /// Words that open a clause of their own: read rightwards from a date, the verbs after them are not its
    /// clause's. Not relative pronouns: "the April 20 explosion, which destroyed the rig" tells of the date's event.
    static let subordinators: Set<String> = ["that", "amid", "because", "although", "though", "while", "unless", "whether"]
    static var words: [String] { Array(adverbs) + Array(determiners) + Array(particles) + Array(postponements) + Array(retroactive) + raising }
}

/// Verbs and auxiliaries that set a clause's tense. Regular pasts are caught by their `-ed`; the
/// irregular ones news uses most are listed here.
enum TenseCues {
    static let words: [(String, TenseCue)] = {
        var list: [(String, TenseCue)] = []
        for w in ["will", "shall", "won't", "i'll", "we'll", "you'll", "he'll", "she'll", "it'll", "they'll", "that'll",
                  "would", "wo", "plans", "plan", "planning", "intends", "intend", "aims", "hopes", "wants",
                  "gonna", "going", "lets", "must", "should", "needs", "ought", "vows", "pledges", "promises", "threatens", "prepares", "preparing",
                  "expects", "expect", "expecting", "anticipates", "anticipate", "seeks", "seeking", "hoping", "aiming", "could", "might"]
        { list.append((w, .future)) }
        for w in ["was", "were", "had", "did", "didn't", "wasn't", "weren't", "hadn't", "said", "told", "met", "took",
                  "made", "went", "came", "held", "began", "left", "gave", "saw", "won", "lost", "found", "fell",
                  "rose", "led", "sent", "spent", "kept", "brought", "bought", "thought", "became", "ran", "wrote",
                  "spoke", "broke", "chose", "drove", "flew", "fought", "knew", "grew", "drew", "threw", "shot",
                  "struck", "sold", "paid", "quit", "stood", "stole", "swore", "tore", "woke", "forgot", "got",
                  "withdrew", "sought", "taught", "caught", "meant", "felt", "dealt", "heard", "built", "sat",
                  "slept", "fled", "fed", "hung", "shook", "froze", "upheld", "overthrew", "oversaw", "underwent",
                  "previously", "killed", "died", "has", "have",
                  "hasn't", "haven't", "been", "arose", "awoke", "bore", "beat", "bent", "bid", "blew", "bled",
                  "dug", "forbade", "forgave", "laid", "lay", "lit", "mistook", "rang", "rode", "sang", "sank",
                  "slid", "spun", "sprang", "stung", "stuck", "strove", "swung", "swam", "wore", "wove", "wept",
                  "wound", "overcame", "undertook", "reportedly"]
        { list.append((w, .past)) }
        // Irregular past participles, which like an "-ed" form ask the words before them: "a photo taken
        // Aug. 12" is past, "will be taken on Friday" ahead. Only forms that are no base or present form,
        // and none used mostly as an adjective ("are done", "is gone", "also known as").
        for w in ["taken", "given", "written", "shown", "seen", "drawn", "driven", "chosen",
                  "broken", "spoken", "stolen", "frozen", "hidden", "eaten", "fallen", "forgotten", "beaten", "begun",
                  "ridden", "risen", "shaken", "sworn", "torn", "worn", "thrown", "grown", "blown", "flown", "withdrawn",
                  "undertaken", "overtaken", "forgiven", "arisen", "mistaken", "overseen", "overthrown", "proven",
                  "sunk", "sung", "swum", "rung", "shrunk", "sprung", "stricken", "struck", "bitten", "hung", "slain"]
        { list.append((w, .past)) }
        for w in ["is", "are", "am", "be", "being", "isn't", "aren't"] { list.append((w, .auxiliary)) }
        // "let's meet": future when "'s" follows (ClauseTense checks); "let" alone is no cue
        list.append(("let", .present))
        for w in ["says", "say", "does", "do", "remains", "continues",
                  "begins", "ends", "expires", "arrives", "comes", "happens", "occurs", "falls", "lasts", "takes", "runs"]
        { list.append((w, .present)) }
        for w in ["scheduled", "expected", "due", "set", "slated", "poised", "planned", "likely", "unlikely", "supposed", "to-be", "bound", "effective"]
        { list.append((w, .prospective)) }
        return list
    }()
}
