# Three unrelated events on one Monday, each reported more than once in different words.
# Traps: a court ruling and a stock market fall on the same day; an earthquake the same day;
# the ruling phrased as "struck down", "decision invalidated", "threw out".

@article b1 | 2015-06-09 | Supreme Court strikes down Texas clinic law | WASHINGTON
WASHINGTON -- The Supreme Court on [Monday|2015-06-08] struck down a Texas law restricting abortion clinics, ruling 5-3 that it placed an undue burden on women.
Texas Attorney General Ken Paxton said the state would study the ruling.

@article b2 | 2015-06-08T18:40 | Wall Street slides with oil
Shares on Wall Street fell sharply on [Monday|2015-06-08] as oil prices slid, with the Dow Jones industrial average losing 320 points.
A magnitude 6.1 earthquake struck northern Chile on [Monday|2015-06-08], but no damage was reported.

@article b3 | 2015-06-09 | What the clinic ruling means
The justices' [Monday|2015-06-08] decision invalidated the Texas clinic rules, which required doctors to hold admitting privileges at nearby hospitals.

@article b4 | 2015-06-09 | Stocks tumble as crude drops
U.S. stocks tumbled on [Monday|2015-06-08], the Dow shedding 320 points in its worst day since January, as crude oil dropped below $50 a barrel.

@article b5 | 2015-06-10 | Clinics plan to reopen
Abortion rights groups celebrated after the Supreme Court threw out the Texas clinic restrictions on [Monday|2015-06-08].

@article b6 | 2015-06-09 | Quake shakes Chile
The earthquake that shook northern Chile on [Monday|2015-06-08] measured 6.1 and was felt in Antofagasta.

@event 2015-06-08 | b1.1 b3.1 b5.1 | summary b1.1
@event 2015-06-08 | b2.1 b4.1
@event 2015-06-08 | b2.2 b6.1
@apart b1.1 b2.1
@apart b2.1 b2.2
@entities b1.1 | Supreme Court; Texas
@summary b1.1 | The Supreme Court on Monday struck down a Texas law restricting abortion clinics, ruling 5-3 that it placed an undue burden on women.
