# A launch scheduled, delayed by a day, and reported done in other words.
# Traps: "will launch" and "lifted off" are the same event; the announcement date is not the
# launch; a new date replaces the old one and the old date keeps only its own report.

@article d1 | 2011-07-20 | Juno probe set for August launch | CAPE CANAVERAL
CAPE CANAVERAL, Fla. -- NASA will launch its Juno probe to Jupiter from Cape Canaveral on [Aug. 5|2011-08-05], mission managers said on [Tuesday|2011-07-19].
The solar-powered spacecraft will take five years to reach the giant planet.

@article d2 | 2011-08-04 | Juno countdown begins
The countdown for Juno began on [Wednesday|2011-08-03] at the Kennedy Space Center, with forecasters giving a 70 percent chance of good weather for [Friday|2011-08-05]'s launch.

@article d3 | 2011-08-06 | Juno lifts off for Jupiter
NASA's Juno spacecraft lifted off from Cape Canaveral atop an Atlas V rocket on [Friday|2011-08-05], beginning a five-year journey to Jupiter.
"Juno is on its way," mission scientist Scott Bolton told reporters on [Friday|2011-08-05].

@article d4 | 2011-08-08 | Jupiter probe healthy after launch
The Jupiter probe, launched on [Aug. 5|2011-08-05], deployed its three solar arrays on [Saturday|2011-08-06] and is in good health, NASA said.

@candidates d1.1 2011-08-05
@candidates d2.1 2011-08-03 2011-08-05
# d2.1's Friday is the launch's: the date modifies "launch" (the forecast is for it), so that
# candidate joins the launch, while the same sentence's Wednesday, the countdown, stays an event of
# its own. d3.2 is a quotation on the day that shares only "Juno".
@event 2011-08-05 | d1.1 d2.1@2011-08-05 d3.1 d4.1@2011-08-05 | summary d3.1
@event 2011-08-03 | d2.1@2011-08-03
@event 2011-08-06 | d4.1@2011-08-06
@summary d3.2 | "Juno is on its way," mission scientist Scott Bolton told reporters on Friday.
