/// The closed word classes the extractor and the merger read sentences with. Lower case, one
/// concept per table; written for this project.
enum Lexicon {
    /// Function words: articles, pronouns, prepositions, conjunctions, auxiliaries, determiners.
    /// They carry no event content and never start an entity.
    static let functionWords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "if", "then", "than", "as", "because", "while",
        "although", "though", "whether", "since", "until", "unless", "when", "where", "which", "who", "whom",
        "whose", "what", "why", "how", "that", "this", "these", "those", "there", "here", "it", "its", "it's",
        "he", "him", "his", "she", "her", "hers", "they", "them", "their", "theirs", "we", "us", "our", "ours",
        "you", "your", "yours", "i", "me", "my", "mine", "one", "ones", "itself", "himself", "herself",
        "themselves", "ourselves", "of", "in", "on", "at", "by", "for", "with", "without", "from", "to", "into",
        "onto", "upon", "about", "above", "below", "over", "under", "after", "before", "during", "between",
        "among", "against", "through", "throughout", "across", "along", "around", "behind", "beyond", "near",
        "off", "out", "up", "down", "via", "per", "amid", "despite", "towards", "toward", "within", "is", "am",
        "are", "was", "were", "be", "been", "being", "has", "have", "had", "having", "do", "does", "did",
        "doing", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "not", "no",
        "yes", "all", "any", "some", "each", "every", "both", "either", "neither", "such", "other", "another",
        "more", "most", "much", "many", "few", "less", "least", "very", "too", "also", "only", "just", "even",
        "still", "already", "again", "ever", "never", "now", "well", "however", "meanwhile", "moreover",
        "furthermore", "thus", "therefore", "instead", "s", "t", "d", "ll", "re", "ve", "don", "didn", "doesn",
        "isn", "wasn", "weren", "won", "wouldn", "couldn", "shouldn", "hasn", "haven", "hadn", "aren", "mr",
        "mrs", "ms", "dr", "st", "etc", "according", "including", "whereas", "like", "own", "same",
    ]

    /// Verbs and nouns that introduce reported speech: the date next to them tells when something was
    /// said, not when the reported event happens.
    static let reportingVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "tell", "announced", "announces", "reported", "reports",
        "confirmed", "confirms", "stated", "states", "added", "adds", "explained", "noted", "wrote", "writes",
        "tweeted", "posted", "declared", "claimed", "insisted", "revealed", "disclosed", "acknowledged",
        "admitted", "commented", "remarked", "quoted", "according", "briefed", "testified", "showed", "shows",
    ]

    /// Words that may stand between a reporting verb and its date ("said in a statement on Monday",
    /// "told reporters late on Tuesday").
    static let reportingFillers: Set<String> = [
        "a", "an", "the", "his", "her", "their", "its", "on", "in", "at", "to", "by", "late", "early", "earlier",
        "statement", "statements", "reporters", "journalists", "interview", "conference", "press", "news",
        "briefing", "television", "radio", "website", "blog", "letter", "email", "message", "post", "speech",
        "report", "parliament", "lawmakers", "officials", "audience", "crowd", "supporters", "broadcaster",
        "newspaper", "agency", "state", "local", "media", "written", "joint", "brief", "told", "also",
        "released", "published", "issued", "posted", "made", "given",
    ]

    /// Words that make the date that follows a boundary of a state, not a time something happened
    /// ("since March", "until Friday").
    static let boundaryWords: Set<String> = ["since", "until", "till"]

    /// Words that name a day from the speaker's point of view ("tonight", "yesterday"): inside a
    /// quotation they count from when the words were said.
    static let speechDays: Set<String> = ["today", "tonight", "tomorrow", "yesterday", "now"]

    /// Parts of a day that "this" turns into the speaker's day ("this morning").
    static let partsOfDay: Set<String> = ["morning", "afternoon", "evening"]

    /// Words that make the date after them one of a series ("every Monday", "each March").
    static let recurrenceWords: Set<String> = ["every", "each"]

    /// Words that join two dates into one range ("March 9 to 12", "between Monday and Wednesday").
    static let rangeConnectors: Set<String> = ["-", "–", "—", "to", "until", "till", "through", "thru", "and", "or"]

    /// Month names and their abbreviations.
    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// Weekday names and their abbreviations.
    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues",
        "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]

    /// Words of date phrases: shared by every report of a day, so they say nothing about what happened.
    static let dateWords: Set<String> = [
        "today", "yesterday", "tomorrow", "tonight", "morning", "afternoon", "evening", "night", "noon",
        "midnight", "day", "days", "week", "weeks", "weekend", "month", "months", "year", "years", "decade",
        "last", "next", "ago", "earlier", "later", "past", "recent", "recently", "early", "late", "mid",
        "end", "beginning", "start", "first", "second", "third", "fourth", "a.m", "p.m", "am", "pm", "gmt",
        "utc", "time", "times", "hour", "hours", "minute", "minutes", "quarter", "spring", "summer", "autumn",
        "fall", "winter", "season", "date",
    ]

    /// Verbs of saying and other words every news report uses: no signal for telling events apart.
    static let newsWords: Set<String> = [
        "said", "says", "say", "told", "tells", "tell", "added", "adds", "according", "reported", "reports",
        "report", "announced", "statement", "news", "reuters", "ap", "afp", "xinhua", "bbc", "cnn", "quoted",
        "also", "would", "could", "officials", "official", "people", "percent", "cent", "per", "new", "number",
        "expected", "likely", "including", "made", "make", "takes", "take", "took", "get", "got", "went", "go",
        "going", "come", "came", "comes", "set", "put", "many", "several", "around", "about",
    ]

    /// Titles before a name ("Mr. Obama"): dropped from the front of an entity.
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "gen", "general",
        "col", "lt", "capt", "sgt", "sen", "senator", "rep", "gov", "governor", "rev", "president", "minister",
        "prime", "secretary", "chancellor", "king", "queen", "prince", "princess", "pope", "judge", "justice",
        "mayor", "chairman", "chief", "premier", "ambassador", "spokesman", "spokeswoman", "director",
    ]

    /// Honorifics dropped from the front of a name ("Mr. Obama" is "Obama").
    static let honorifics: Set<String> = ["mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "mme", "m"]

    /// Lower-case words allowed inside an entity ("Bank of England", "Centers for Disease Control").
    static let entityConnectors: Set<String> = [
        "of", "for", "de", "da", "du", "del", "della", "van", "von", "der", "al", "bin", "la", "le", "and", "&",
    ]

    /// Phrases that mark navigation and promotion, not article text ("Most Viewed", "Related:").
    static let boilerplateMarkers: [String] = [
        "related:", "related stories", "related articles", "read more", "most viewed", "most read",
        "most popular", "editor's picks", "editors' picks", "click here", "copyright", "all rights reserved",
        "follow us", "sign up", "subscribe", "share this", "see also", "top news", "more from", "advertisement",
        "you may also like", "recommended for you", "newsletter",
    ]

    /// The tables as hashed word sets, for tokens.
    enum Keys {
        static let functionWords = WordSet(Lexicon.functionWords)
        static let reportingVerbs = WordSet(Lexicon.reportingVerbs)
        static let reportingFillers = WordSet(Lexicon.reportingFillers)
        static let boundaryWords = WordSet(Lexicon.boundaryWords)
        static let recurrenceWords = WordSet(Lexicon.recurrenceWords)
        static let speechDays = WordSet(Lexicon.speechDays)
        static let partsOfDay = WordSet(Lexicon.partsOfDay)
        static let this = WordKey("this")
        static let rangeConnectors = WordSet(Lexicon.rangeConnectors)
        static let months = WordSet(Lexicon.months)
        static let weekdays = WordSet(Lexicon.weekdays)
        static let dateWords = WordSet(Lexicon.dateWords)
        static let titles = WordSet(Lexicon.titles)
        static let honorifics = WordSet(Lexicon.honorifics)
        static let entityConnectors = WordSet(Lexicon.entityConnectors)
        static let of = WordKey("of")
        static let asWord = WordKey("as")
        static let before = WordKey("before")
        static let after = WordKey("after")
        static let according = WordKey("according")
        static let last = WordKey("last")
        static let updated = WordKey("updated")
        static let modified = WordKey("modified")
        static let was = WordKey("was")
        static let amended = WordKey("amended")
        static let posted = WordKey("posted")
        static let appeared = WordKey("appeared")
        static let archive = WordKey("archive")
        static let wrote = WordKey("wrote")
        static let from = WordKey("from")
        static let the = WordKey("the")
        static let section = WordKey("section")
        static let edition = WordKey("edition")
        static let first = WordKey("first")
        static let broadcast = WordKey("broadcast")
        static let by = WordKey("by")
        static let on = WordKey("on")
        static let at = WordKey("at")
        /// Words between a page stamp's words and its date: "at 07:02 GMT", "on", "BBC Radio 4", "PM".
        static let stampFillers = WordSet(["at", "on", "by", "gmt", "bst", "utc", "est", "edt", "cet", "am", "pm", "uk", "time", "local"])
    }
}
