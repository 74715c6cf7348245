# A referendum announced weeks ahead, then reported as done, then recapped by month.
# Traps: a reporting date next to the event date; the same vote phrased four ways; a month-level
# recap; a sentence with two event dates of its own; a campaign start that is not the vote.

@article a1 | 2016-02-15T10:05 | Iceland calls referendum on fishing pact | REYKJAVIK
REYKJAVIK -- Iceland will hold a referendum on [March 12|2016-03-12] on joining the North Atlantic fishing pact, the government said on [Monday|2016-02-15].
Prime Minister Anna Jonsdottir told parliament the vote would be binding.
Opposition leader Bjorn Olafsson called the timing rushed and said his party would campaign against the pact across Iceland.

@article a2 | 2016-03-01 | Campaign opens ahead of Iceland vote
Campaigning for the [March 12|2016-03-12] referendum on the fishing pact opened across Iceland on [Tuesday|2016-03-01].
A poll published on [Sunday|2016-02-28] showed 54 percent of voters opposed to joining the pact.

@article a3 | 2016-03-13T08:30 | Icelanders reject fishing pact
Icelanders rejected the North Atlantic fishing pact in a referendum on [Saturday|2016-03-12], with 58 percent voting against, official results showed on [Sunday|2016-03-13].
Prime Minister Anna Jonsdottir conceded defeat on [Sunday|2016-03-13] and said she would not resign.

@article a4 | 2016-03-14 | Turnout high in Iceland referendum
[Saturday's|2016-03-12] referendum, in which voters turned down the fishing pact, drew a turnout of 71 percent.
Jonsdottir, who conceded defeat on [Sunday|2016-03-13], will meet European fisheries ministers in Brussels on [March 21|2016-03-21].

@article a5 | 2016-04-02 | Iceland coalition strained after pact defeat
In [March|2016-03], Icelanders voted down the fishing pact in a referendum that split the governing coalition.

@candidates a1.1 2016-03-12
@summary a1.1 | Iceland will hold a referendum on March 12 on joining the North Atlantic fishing pact, the government said on Monday.
@entities a1.1 | Iceland; North Atlantic
@none a1.2
@none a1.3
@candidates a2.1 2016-03-01 2016-03-12
@candidates a3.1 2016-03-12
@candidates a4.2 2016-03-13 2016-03-21
@event 2016-03-12 | a1.1 a2.1@2016-03-12 a3.1 a4.1 a5.1 | summary a3.1
@event 2016-03-13 | a3.2 a4.2@2016-03-13 | summary a3.2
@event 2016-03-01 | a2.1@2016-03-01
@event 2016-03-21 | a4.2@2016-03-21
@apart a2.1@2016-03-01 a1.1
