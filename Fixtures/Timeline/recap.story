# A factory fire, the recovery the next day, and later recaps by week and by month.
# Traps: "last week" and "In March" recaps must join the fire, not the recovery; related-headline
# boilerplate with dates makes no events; a different event the next day stays apart.

@article c1 | 2011-03-10 | Fire kills 42 at Dhaka textile factory | DHAKA
DHAKA -- A fire tore through the Harmon textile factory in Dhaka on [Wednesday|2011-03-09], killing 42 workers trapped behind locked exits.
Police said the factory owner, Rafiq Harmon, had been detained for questioning.

@article c2 | 2011-03-11 | Death toll rises in factory fire
Rescuers recovered more bodies from the burned-out Harmon factory on [Thursday|2011-03-10], raising the death toll to 51.
Bangladesh declared [Saturday|2011-03-12] a day of national mourning.

@article c3 | 2011-03-15 | Calls grow for factory inspections
[Last week|2011-W10]'s factory fire in Dhaka, which killed 51 garment workers, has prompted calls for stricter safety inspections.

@article c4 | 2011-04-05 | Parliament passes factory safety law
In [March|2011-03], a fire at the Harmon garment factory in Dhaka killed 51 workers, the deadliest industrial accident in Bangladesh in a decade.
Bangladesh's parliament passed a factory safety law on [April 4|2011-04-04].

@article c5 | 2011-03-09T21:00 | Dhaka factory fire kills dozens
A fire at a textile factory in Dhaka killed dozens of workers on [Wednesday|2011-03-09], officials said.
Related: Garment exports hit record on [March 1|2011-03-01]
- Bangladesh opens new port on [Feb. 20|2011-02-20]
Floods hit Chittagong on [Tuesday|2011-03-08]
Most Viewed stories of [March 9|2011-03-09]

@event 2011-03-09 | c1.1 c3.1 c4.1 c5.1 | summary c1.1
@event 2011-03-10 | c2.1
@event 2011-03-12 | c2.2
@event 2011-04-04 | c4.2
@none c1.2
@none c5.2
@none c5.3
@none c5.4
@none c5.5
@candidates c3.1 2011-W10
@entities c1.1 | Harmon; Dhaka
