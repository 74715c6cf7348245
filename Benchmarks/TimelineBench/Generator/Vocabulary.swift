/// The made-up world the generated news is about: places, people, organisations, outlets, and the
/// kinds of story with the steps they go through. All of it is invented for this benchmark.
enum Vocabulary {
    static let places = [
        "Port Keswick", "Alder Falls", "Marrowgate", "Tessaly", "North Brannock", "Sefton Bay", "Ulvar", "Korrin",
        "Dunmere", "Halvik", "Easton Reach", "Graymoor", "Lindqvist", "Varenna", "Oskarsholm", "Bellhaven",
        "Carrow", "Mirefield", "Santa Ilda", "Quenby", "Rothmere", "Tallis Point", "Weymark", "Zelenograd",
        "Amberley", "Fennick", "Harrowgate", "Istria Nova", "Jelling", "Kestrel Hill", "Lorne", "Moravia Bay",
    ]

    static let firstNames = [
        "Paul", "Amara", "Lena", "Tomas", "Ines", "Rafael", "Mei", "Oskar", "Priya", "Daniel", "Sofia", "Kwame",
        "Helena", "Jonas", "Fatima", "Marek", "Aiko", "Luis", "Greta", "Samir", "Noor", "Viktor", "Elena", "Chidi",
    ]

    static let lastNames = [
        "Okafor", "Lindgren", "Marchetti", "Haddad", "Novak", "Tanaka", "Castell", "Brennan", "Osei", "Varga",
        "Kowalczyk", "Almeida", "Sorensen", "Petrov", "Nakamura", "Delacroix", "Mbeki", "Ferreira", "Halloran",
        "Ibrahim", "Jansen", "Kaur", "Moreau", "Quist",
    ]

    static let roles = [
        "the transport director", "the mayor", "the finance minister", "the union leader", "the chief executive",
        "the police commissioner", "the health secretary", "a spokeswoman for the council", "the state governor",
        "the prosecutor", "the harbour master", "the opposition leader",
    ]

    static let organisations = [
        "the city council", "the Transport Department", "the regional assembly", "the Harbour Authority",
        "the Ministry of Finance", "the Dockworkers' Union", "Meridian Rail", "the Water Board", "the High Court",
        "the Electoral Commission", "Northwind Energy", "the Health Service", "the Port Police",
        "the Chamber of Commerce",
    ]

    static let outlets = [
        "Harbor Wire", "Keswick Ledger", "Alder Valley Public Radio", "The Marrowgate Courier", "Northern Dispatch",
        "Coastal Times", "The Evening Standard-Post", "Meridian News Service",
    ]

    /// A kind of story: what happened first, and the steps that can follow, each a clause whose
    /// subject is already in it (`{org}`, `{person}`, `{place}` are filled per story).
    struct StoryKind {
        var subject: String
        var steps: [String]
    }

    static let kinds: [StoryKind] = [
        StoryKind(subject: "bridge collapse", steps: [
            "the main span of the {place} bridge collapsed into the river",
            "{org} declared a state of emergency in {place}",
            "inspectors found corroded bearings under the east span",
            "{person} resigned after the inspection records were published",
            "demolition crews began removing the remaining span",
            "{org} approved an emergency ferry service across the river",
            "a preliminary report blamed years of deferred maintenance",
            "the ferry carried its first passengers between the two landings",
        ]),
        StoryKind(subject: "dock strike", steps: [
            "dockworkers in {place} walked out over pay",
            "{org} rejected the union's offer of arbitration",
            "talks between the union and the port operators resumed",
            "{person} said the strike had cost the port millions",
            "the two sides reached a tentative agreement",
            "union members voted to accept the new contract",
            "the first container ship in weeks was unloaded in {place}",
        ]),
        StoryKind(subject: "election", steps: [
            "{org} set the date of the {place} election",
            "{person} launched a campaign for mayor of {place}",
            "the candidates met for a televised debate",
            "voters in {place} went to the polls",
            "{person} conceded defeat",
            "the new council of {place} was sworn in",
            "a recount was ordered in two districts",
        ]),
        StoryKind(subject: "flood", steps: [
            "the river burst its banks in {place}",
            "{org} ordered the evacuation of the lower town",
            "the water level peaked at a record height",
            "{person} toured the flooded districts",
            "residents were allowed to return to their homes",
            "{org} announced a relief fund for flooded businesses",
            "an inquiry into the flood defences opened",
        ]),
        StoryKind(subject: "trial", steps: [
            "{person} was arrested in {place} on fraud charges",
            "{org} froze the accounts of two companies",
            "the trial of {person} opened",
            "a key witness testified for the prosecution",
            "the jury began its deliberations",
            "{person} was found guilty on four counts",
            "{person} was sentenced to six years in prison",
        ]),
        StoryKind(subject: "rail merger", steps: [
            "Meridian Rail announced a bid for its smaller rival",
            "{org} opened a competition review of the merger",
            "shareholders approved the takeover",
            "{person} warned that ticket prices would rise",
            "the regulator cleared the merger with conditions",
            "the combined company cut its first timetable in {place}",
        ]),
        StoryKind(subject: "power outage", steps: [
            "a fire at the {place} substation cut power to thousands of homes",
            "{org} restored electricity to most of the city",
            "{person} blamed the outage on an ageing transformer",
            "Northwind Energy agreed to pay compensation to households",
            "engineers replaced the damaged transformer",
            "{org} published its report on the outage",
        ]),
        StoryKind(subject: "hospital funding", steps: [
            "{org} announced cuts to the {place} hospital budget",
            "nurses protested outside the hospital",
            "{person} promised to review the cuts",
            "the emergency ward of the {place} hospital closed at night",
            "the assembly voted to restore part of the funding",
            "the emergency ward reopened around the clock",
        ]),
    ]

    /// Sentences without dates that fill an article, as background, quotes and figures do.
    static let fillers = [
        "{person}, {role}, said the situation in {place} remained difficult but under control.",
        "\"We are doing everything we can for the people of {place},\" {person} told reporters.",
        "About {n} residents have been affected, according to figures from {org}.",
        "The costs are estimated at {n} million, roughly {pct} percent more than first thought.",
        "Critics said {org} had ignored repeated warnings from engineers and residents.",
        "{person} declined to comment on the details, citing the continuing review.",
        "Local businesses say their sales have fallen by as much as {pct} percent.",
        "The opposition called for an independent inquiry and for {person} to answer questions in the assembly.",
        "Officials expect the work to take several months, and {n} workers have been hired for it.",
        "\"Nobody wants to see this happen again,\" said {person}, who has lived in {place} for {small} years.",
        "The figures published by {org} could not be independently verified.",
        "Traffic was diverted through the western districts, adding {small} minutes to many journeys.",
        "{org} said it would publish a full account once the review was complete.",
        "Some {n} people signed a petition asking {org} to act faster.",
        "The episode has become a test for {person}, {role}, who took office promising reform.",
        "Analysts at Harbor Wire said the final bill could reach {n} million.",
        "A hotline has been set up, and {org} said it had received {n} calls.",
        "Several schools in {place} moved their classes to temporary buildings.",
        "{person} said the decision had been taken after consulting engineers, lawyers and residents.",
        "The regional press has followed the story closely, and {org} has faced {small} hearings so far.",
        "Shops along the waterfront in {place} stayed shut, and several owners said they feared for their leases.",
        "{org} has {small} days to respond to the questions, a deadline set by the assembly's audit committee.",
        "\"The numbers simply do not add up,\" said an economist at the University of {place}.",
        "Insurance claims filed so far total about {n} thousand, the industry association said.",
        "Volunteers handed out food and water at {small} points across {place}.",
        "Asked whether mistakes had been made, {person} said it was too early to say.",
        "Bus and tram services were cut by {pct} percent while crews inspected the lines.",
        "The case has drawn attention far beyond {place}, with {n} comments posted on the council's website.",
        "{org} employs about {n} people in the region and is among its largest employers.",
        "Residents packed a town hall meeting, where {person} was heckled for nearly an hour.",
        "A spokesman for {org} said all options remained on the table, including outside help.",
        "Route {small} remains closed in both directions, and drivers were told to expect delays.",
        "The last comparable episode, officials noted, had cost {place} roughly {pct} percent of its annual budget.",
        "{person} has asked for a meeting with the governor and with representatives of {small} neighbouring towns.",
        "Independent engineers hired by the residents' association are expected to publish their own findings.",
        "The council chamber was full, and a further {n} people followed the debate online.",
    ]

    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]
    static let monthAbbreviations = [
        "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
    ]
    static let countWords = ["two", "three", "four", "five", "six"]

    static let boilerplateHeadings = ["Most Viewed", "Editor's Picks", "Related headlines", "Today's Top News"]
}
