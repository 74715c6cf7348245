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

    /// Stem hash of a word → stem hash of its group's name.
    static let canonical: HashedTable<UInt64> = {
        var map = HashedTable<UInt64>(capacity: 512)
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
