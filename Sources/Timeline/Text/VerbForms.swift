/// Verbs as news reports inflect them: what tells the merger which words of a clause say what
/// happened ("The span collapsed", "Okafor resigned", "the council will vote").
///
/// Regular past forms are recognised by their ending (``ContentWords``); the irregular ones are
/// listed here, base form first, so "began" and "begin" count as one word and as a verb. Forms that
/// are more often another word ("left", "found", "lay", "saw", "ground", "wound", "read") are left
/// out. Written for this project.
enum VerbForms {
    static let irregular: [[String]] = [
        ["arise", "arose", "arisen"], ["become", "became"], ["begin", "began", "begun"], ["bend", "bent"],
        ["break", "broke", "broken"], ["bring", "brought"], ["build", "built"], ["buy", "bought"],
        ["catch", "caught"], ["choose", "chose", "chosen"], ["dig", "dug"], ["draw", "drew", "drawn"],
        ["drive", "drove", "driven"], ["fall", "fell", "fallen"], ["feed", "fed"], ["fight", "fought"],
        ["flee", "fled"], ["fly", "flew", "flown"], ["forbid", "forbade", "forbidden"], ["freeze", "froze", "frozen"],
        ["give", "gave", "given"], ["grow", "grew", "grown"], ["hang", "hung"], ["hear", "heard"], ["hide", "hid", "hidden"],
        ["hold", "held"], ["keep", "kept"], ["know", "knew", "known"], ["lead", "led"], ["lose", "lost"], ["meet", "met"],
        ["pay", "paid"], ["ride", "rode", "ridden"], ["ring", "rang", "rung"], ["rise", "rose", "risen"], ["run", "ran"],
        ["seek", "sought"], ["sell", "sold"], ["send", "sent"], ["shake", "shook", "shaken"], ["shoot", "shot"],
        ["sink", "sank", "sunk"], ["sit", "sat"], ["slide", "slid"], ["speak", "spoke", "spoken"], ["spend", "spent"],
        ["stand", "stood"], ["steal", "stole", "stolen"], ["strike", "struck", "stricken"], ["swear", "swore", "sworn"],
        ["sweep", "swept"], ["swim", "swam", "swum"], ["swing", "swung"], ["teach", "taught"], ["tear", "tore", "torn"],
        ["think", "thought"], ["throw", "threw", "thrown"], ["understand", "understood"], ["uphold", "upheld"],
        ["wake", "woke", "woken"], ["wear", "wore", "worn"], ["win", "won"], ["withdraw", "withdrew", "withdrawn"],
        ["write", "wrote", "written"],
    ]

    /// Words after which the next word is a verb's base form: "will vote", "would sign", "to start".
    static let auxiliaries: Set<String> = [
        "will", "would", "to", "could", "can", "may", "might", "shall", "should", "must", "did", "does", "do",
    ]

    /// Words ending in "-ed" that are no verbs.
    static let notPastForms: Set<String> = [
        "hundred", "need", "speed", "seed", "feed", "breed", "deed", "bed", "red", "shed", "indeed", "naked",
        "wicked", "sacred", "kindred", "beloved", "aged",
    ]

    /// What one lookup tells about a lower-case word (its FNV-1a hash), for ``ContentWords``.
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt8
        /// Never content (``ContentWords/stopwordList``).
        static let stopword = Flags(rawValue: 1)
        /// "will", "to": the next word is a verb's base form.
        static let auxiliary = Flags(rawValue: 2)
        /// An irregular past form: a verb wherever it stands.
        static let pastForm = Flags(rawValue: 4)
        /// Ends in "-ed" but is no verb.
        static let notPastForm = Flags(rawValue: 8)
    }

    /// Flags of the words that have any.
    static let flags: HashedTable<Flags> = {
        var map = HashedTable<Flags>(capacity: 1024)
        func add(_ words: some Sequence<String>, _ flag: Flags) {
            for w in words {
                let h = ContentWords.fnv(w)
                map[h] = (map[h] ?? []).union(flag)
            }
        }
        add(ContentWords.stopwordList, .stopword)
        add(auxiliaries, .auxiliary)
        add(irregular.flatMap { $0.dropFirst() }, .pastForm)
        add(notPastForms, .notPastForm)
        return map
    }()
}
