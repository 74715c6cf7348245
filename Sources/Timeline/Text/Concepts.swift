/// Words that news reports use interchangeably for one happening ("stocks tumbled", "shares fell";
/// "the ruling", "the decision"), grouped so the merger counts them as one word. The first word of
/// each group names it. Written for this project; extend a group, or add one, with a story fixture
/// that needs it.
enum Concepts {
    static let groups: [[String]] = [
        ["fall", "fell", "fallen", "falls", "drop", "dropped", "slide", "slid", "tumble", "plunge", "plummet", "sink",
         "sank", "decline", "slump", "lose", "losing", "lost", "shed", "dip", "tank", "lower"],
        ["rise", "rose", "risen", "climb", "jump", "surge", "soar", "gain", "advance", "increase", "higher"],
        ["stock", "share", "equity", "equities", "index", "dow", "nasdaq"],
        ["kill", "dead", "death", "die", "died", "dying", "fatal", "fatality", "fatalities", "toll", "lives"],
        ["injure", "injured", "injuries", "injury", "wound", "wounded", "hurt"],
        ["ruling", "ruled", "rule", "decision", "decide", "decided", "verdict", "judgment", "judgement", "invalidate",
         "invalidated", "overturn", "overturned", "upheld", "uphold"],
        ["court", "justice", "justices", "judge", "judges", "tribunal"],
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
        ["flood", "flooded", "flooding", "inundate", "inundated"],
        ["agree", "agreed", "agreement", "deal", "accord", "pact", "treaty"],
        ["cut", "cuts", "reduce", "reduced", "slash", "slashed"],
        ["sue", "sued", "lawsuit", "suit", "charge", "charged", "indict", "indicted", "indictment"],
        ["hospital", "hospitalised", "hospitalized", "admitted"],
        ["pandemic", "epidemic", "outbreak"],
        ["cap", "capped", "seal", "sealed", "plug", "plugged"],
    ]

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

    /// (verb stem hash, particle hash) → concept hash.
    static let phrasal: [PhrasalKey: UInt64] = {
        var map: [PhrasalKey: UInt64] = [:]
        for (verb, particle, concept) in phrasalVerbs {
            let target = ContentWords.fnv(ContentWords.stem(Array(concept.utf8)))
            let key = PhrasalKey(verb: ContentWords.fnv(ContentWords.stem(Array(verb.utf8))), particle: ContentWords.fnv(particle))
            map[key] = canonical[target] ?? target
        }
        return map
    }()

    /// Stem hash of a word → stem hash of its group's name.
    static let canonical: [UInt64: UInt64] = {
        var map: [UInt64: UInt64] = [:]
        for group in groups {
            guard let head = group.first else { continue }
            let target = ContentWords.fnv(ContentWords.stem(Array(head.utf8)))
            for word in group {
                map[ContentWords.fnv(ContentWords.stem(Array(word.utf8)))] = target
            }
        }
        return map
    }()
}

/// A verb stem and the particle after it.
struct PhrasalKey: Hashable, Sendable {
    var verb: UInt64
    var particle: UInt64
}
