/// Words that news reports use interchangeably for one happening ("stocks tumbled", "shares fell";
/// "the ruling", "the decision"), grouped so the merger counts them as one word. The first word of
/// each group names it. Written for this project; extend a group, or add one, with a story fixture
/// that needs it.
///
/// ``happenings`` name what happens (a vote, a collapse, a resignation): in the clause of a date
/// mention they are the report's event words (see ``ContentWords/Word/isEventWord``). ``things``
/// are synonyms that name no happening ("stocks", "shares").
enum Concepts {
    static let happenings: [[String]] = [
        ["fall", "fell", "fallen", "falls", "drop", "dropped", "slide", "slid", "tumble", "plunge", "plummet", "sink",
         "sank", "decline", "slump", "lose", "losing", "lost", "shed", "dip", "tank", "lower"],
        ["rise", "rose", "risen", "climb", "jump", "surge", "soar", "gain", "advance", "increase", "higher"],
        ["kill", "dead", "death", "die", "died", "dying", "fatal", "fatality", "fatalities", "toll", "lives"],
        ["injure", "injured", "injuries", "injury", "wound", "wounded", "hurt"],
        ["ruling", "ruled", "rule", "decision", "decide", "decided", "verdict", "judgment", "judgement", "invalidate",
         "invalidated", "overturn", "overturned", "upheld", "uphold"],
        ["reject", "rejected", "rejection", "refuse", "refused", "veto", "vetoed", "defeat", "defeated"],
        ["approve", "approved", "approval", "pass", "passed", "adopt", "adopted", "endorse", "ratify", "ratified"],
        ["vote", "voter", "voters", "voting", "ballot", "referendum", "poll", "polls", "plebiscite"],
        ["launch", "launched", "liftoff", "lift", "lifted", "blastoff"],
        ["arrest", "arrested", "detain", "detained", "detention", "custody", "apprehend", "apprehended"],
        ["attack", "attacked", "assault", "raid", "ambush", "gunmen", "gunman", "shooting", "shot"],
        ["bomb", "bombing", "bomber", "explosion", "explode", "exploded", "blast", "blew", "detonate"],
        ["earthquake", "quake", "tremor", "shook", "shake", "shaken", "seismic", "magnitude"],
        ["fire", "blaze", "flame", "flames", "burn", "burned", "burnt", "ablaze"],
        ["meet", "met", "meeting", "summit", "talk", "talks"],
        ["sign", "signed", "signing", "signature"],
        ["resign", "resigned", "resignation", "quit", "quits"],
        ["elect", "elected", "election", "win", "won", "victory", "winner"],
        ["spill", "leak", "leaked", "leaking", "gush", "gushing", "slick"],
        ["protest", "protester", "protesters", "demonstration", "demonstrator", "demonstrators"],
        ["crash", "crashed", "collide", "collided", "collision"],
        ["storm", "hurricane", "cyclone", "typhoon", "tornado"],
        ["flood", "flooded", "flooding", "floodwater", "floodwaters", "inundate", "inundated", "deluge"],
        ["agree", "agreed", "agreement", "deal", "accord", "pact", "treaty"],
        ["cut", "cuts", "reduce", "reduced", "slash", "slashed"],
        ["sue", "sued", "lawsuit", "suit", "charge", "charged", "indict", "indicted", "indictment"],
        ["pandemic", "epidemic", "outbreak"],
        ["cap", "capped", "seal", "sealed", "plug", "plugged"],
        ["collapse", "collapsed", "collapsing", "caved", "crumble", "crumbled", "topple", "toppled"],
        ["demolish", "demolished", "demolishing", "demolition", "raze", "razed", "bulldoze", "bulldozed"],
        ["inspect", "inspected", "inspection", "inspections", "inspector", "inspectors", "examine", "examined",
         "examination"],
        ["declare", "declared", "declaration", "proclaim", "proclaimed", "proclamation"],
        ["begin", "began", "begun", "beginning", "start", "started", "starting", "commence", "commenced"],
        ["finish", "finished", "complete", "completed", "completion", "conclude", "concluded"],
        ["open", "opened", "opening", "reopen", "reopened", "reopening", "inaugurate", "inaugurated"],
        ["close", "closed", "closing", "closure", "shut"],
        ["pledge", "pledged", "promise", "promised"],
        ["release", "released", "publish", "published", "unveil", "unveiled"],
    ]

    /// Words that, in an appositive naming the date ("on Monday, the first day of service"), say
    /// what happened that day: the service began. The unit words are the periods such a phrase names.
    static let dayNames: [(ordinal: String, concept: String)] = [
        ("first", "begin"), ("opening", "open"), ("last", "finish"), ("final", "finish"), ("closing", "close"),
    ]

    /// The periods a day-naming appositive names: "the first day", "its final night", "the opening week".
    static let dayNameUnits: Set<String> = ["day", "night", "morning", "evening", "week", "weekend", "session"]

    /// Synonyms that name things rather than happenings.
    static let things: [[String]] = [
        ["stock", "share", "equity", "equities", "index", "dow", "nasdaq"],
        ["court", "justice", "justices", "judge", "judges", "tribunal"],
        ["ferry", "ferries", "boat", "boats", "vessel", "vessels", "ship", "ships"],
        ["hospital", "hospitals", "hospitalised", "hospitalized", "admitted"],
    ]

    /// Every group: happenings, then things.
    static var groups: [[String]] { happenings + things }

    /// Verb + particle phrases that mean one of the groups: "turned down" is "reject".
    static let phrasalVerbs: [(verb: String, particle: String, concept: String)] = [
        ("turned", "down", "reject"), ("turn", "down", "reject"), ("voted", "down", "reject"), ("vote", "down", "reject"),
        ("threw", "out", "reject"), ("throw", "out", "reject"), ("thrown", "out", "reject"), ("struck", "down", "ruling"),
        ("strike", "down", "ruling"), ("lifted", "off", "launch"), ("lifts", "off", "launch"), ("lift", "off", "launch"),
        ("blasted", "off", "launch"), ("took", "off", "launch"), ("stepped", "down", "resign"), ("step", "down", "resign"),
        ("steps", "down", "resign"), ("called", "off", "cancel"), ("call", "off", "cancel"), ("broke", "out", "outbreak"),
        ("broken", "out", "outbreak"), ("shut", "down", "close"), ("closed", "down", "close"), ("set", "off", "explosion"),
        ("went", "off", "explosion"), ("blew", "up", "bomb"),
    ]

    /// (verb stem hash, particle hash) combined by ``phrasalKey(verb:particle:)`` → concept hash.
    static let phrasal: HashedTable<UInt64> = {
        var map = HashedTable<UInt64>(capacity: phrasalVerbs.count)
        for (verb, particle, concept) in phrasalVerbs {
            let target = ContentWords.fnv(ContentWords.stem(Array(concept.utf8)))
            let key = phrasalKey(verb: ContentWords.fnv(ContentWords.stem(Array(verb.utf8))), particle: ContentWords.fnv(particle))
            map[key] = canonical[target] ?? target
        }
        return map
    }()

    /// One hash for a verb and the particle after it.
    @inline(__always) static func phrasalKey(verb: UInt64, particle: UInt64) -> UInt64 {
        (verb &* 0x100_0000_01b3) ^ (particle &+ 0x9E37_79B9_7F4A_7C15)
    }

    /// Stem hash of a word → stem hash of its group's name (irregular verb forms included:
    /// "began" → `begin`, "struck" → `strike`).
    static let canonical: HashedTable<UInt64> = {
        var map = HashedTable<UInt64>(capacity: 1024)
        for group in groups {
            guard let head = group.first else { continue }
            let target = ContentWords.fnv(ContentWords.stem(Array(head.utf8)))
            for word in group { map[ContentWords.fnv(ContentWords.stem(Array(word.utf8)))] = target }
        }
        for forms in VerbForms.irregular {
            guard let base = forms.first else { continue }
            let stems = forms.map { ContentWords.fnv(ContentWords.stem(Array($0.utf8))) }
            // An irregular verb joins the concept any of its forms belongs to: "shot" is an attack,
            // so "shoot" is too.
            let name = stems.lazy.compactMap { map[$0] }.first ?? ContentWords.fnv(ContentWords.stem(Array(base.utf8)))
            for stem in stems { map[stem] = name }
        }
        return map
    }()

    /// A word's concept, as the merger reads it: its canonical stem, and whether that names a happening.
    struct Reading: Sendable {
        var stem: UInt64
        var isHappening: Bool
    }

    /// Stem hash → ``Reading``, for every word of a group or an irregular verb: one lookup per word.
    static let readings: HashedTable<Reading> = {
        let happenings = happeningStems
        var map = HashedTable<Reading>(capacity: 1024)
        for group in groups + VerbForms.irregular {
            for word in group {
                let h = ContentWords.fnv(ContentWords.stem(Array(word.utf8)))
                let stem = canonical[h] ?? h
                map[h] = Reading(stem: stem, isHappening: happenings.contains(stem))
            }
        }
        return map
    }()

    /// Happenings that name one event from different sides, for event words only (not for the
    /// words two reports share): a council that "approved" a plan "voted" on it. The first names
    /// the family.
    static let families: [[String]] = [
        ["vote", "approve", "reject"],
    ]

    /// Canonical stem of a happening → canonical stem of its family's name.
    static let family: HashedTable<UInt64> = {
        var map = HashedTable<UInt64>(capacity: 32)
        func key(_ word: String) -> UInt64 {
            let h = ContentWords.fnv(ContentWords.stem(Array(word.utf8)))
            return canonical[h] ?? h
        }
        for group in families {
            guard let head = group.first else { continue }
            for word in group { map[key(word)] = key(head) }
        }
        return map
    }()

    /// The canonical stems of ``happenings``: content words that name what happened.
    static let happeningStems: HashedSet = HashedSet(happenings.compactMap { group in
        group.first.map { head in
            let h = ContentWords.fnv(ContentWords.stem(Array(head.utf8)))
            return canonical[h] ?? h
        }
    })
}
