# How sentences become candidates: reporting dates, ranges, boundaries, durations and sets,
# coarse dates around fine ones, place datelines, quotes and white space, undated articles.

@article e1 | 2015-12-16T09:37 | Russia, US seek common ground | MOSCOW
MOSCOW, [Dec. 16|2015-12-16] (Reuters) - Russian Foreign Minister Sergei Lavrov met on [Tuesday|2015-12-15] with visiting US Secretary of State John Kerry.
The talks lasted [three hours|P3H] and will resume [every month|SET P1M].
Lavrov said on [Tuesday|2015-12-15] that the Syria support group would meet in New York on [Dec. 18|2015-12-18].
The ceasefire in eastern Ukraine has held [since October|2015-10], officials said.
Peace talks in Geneva will run from [Jan. 25|2016-01-25] to [Jan. 29|2016-01-29].
In [November|2015-11], the group met in Vienna on [Nov. 14|2015-11-14] and agreed on a timetable for elections.
The Normandy group agreed on [Friday|2015-12-11] to extend the truce, and monitors will report back on [Jan. 15|2016-01-15].
The Security Council will vote on [Dec. 20|2015-12-20]," Kerry said.
[Today|PRESENT_REF] the world is more dangerous than at any time since the Cold War.
The foreign ministry on [Monday|2015-12-14] said Russia would send more aid to Syria.
Kerry   arrived in  Moscow on [Monday|2015-12-14] evening .
Until [Friday|2015-12-18], the embassy in Damascus will stay closed to visitors.
The envoys are due to meet again [before March|2016-03 BEFORE], diplomats said.
He said: "We will sign the accord on [Dec. 21|2015-12-21].
The first round of talks was held in [late October|2015-10 END] in Vienna.
Putin is expected to visit Paris in [2016|2016].
The embassy will reopen after [January|2016-01] once repairs are finished.
Talks resumed after [Tuesday|2015-12-15]'s vote in the Duma, diplomats said.

@article e2 | - | Treaty anniversary
The treaty was signed on [June 5, 1998|1998-06-05] in Oslo by both foreign ministers.
Talks on its renewal resumed on [Tuesday|2015-12-15] in Geneva.
The treaty will be reviewed in [June|XXXX-06] by the signatories.

@candidates e1.1 2015-12-15
@summary e1.1 | Russian Foreign Minister Sergei Lavrov met on Tuesday with visiting US Secretary of State John Kerry.
@entities e1.1 | Russian Foreign Minister Sergei Lavrov; US Secretary of State John Kerry
@none e1.2
@candidates e1.3 2015-12-18
@none e1.4
@candidates e1.5 2016-01-25
@candidates e1.6 2015-11-14
@candidates e1.7 2015-12-11 2016-01-15
@summary e1.8 | "The Security Council will vote on Dec. 20," Kerry said.
@none e1.9
@candidates e1.10 2015-12-14
@summary e1.11 | Kerry arrived in Moscow on Monday evening.
@none e1.12
@none e1.13
@summary e1.14 | He said: "We will sign the accord on Dec. 21."
@candidates e1.15 2015-10
@candidates e1.16 2016
@none e1.17
@candidates e1.18 2015-12-15
@candidates e2.1 1998-06-05
@none e2.2
@none e2.3
