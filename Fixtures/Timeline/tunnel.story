# A flooded rail tunnel, the council's pumping contract, replacement buses, and a month-end recap.
# Traps: one flood named by a verb, a noun and a possessive date; a vote first announced and later
# recapped as "approved" in a sentence that also dates another event; a month total that is not the
# day the buses started; "Earlier this month" (narrowed by the normalizer to the days before the
# dateline) joining the start it refers to; two unrelated events on one Thursday; dates that date
# nothing: a schedule ("every 20 minutes from 6 a.m. to 10 p.m."), an offset from an event named
# after it ("two days after the tunnel flooded", which a normalizer may misplace), "Tonight" inside a
# quotation. A plan that stays a plan ("through the end of June") is one article's event.

@article t1 | 2023-05-02T07:30 | Floodwater fills Velden rail tunnel | VELDEN
VELDEN -- Floodwater poured into the Velden rail tunnel on [Monday night|2023-05-01TNI] after the Mill River burst its banks, stranding two trains.
"[Tonight|2023-05-02TNI] we count ourselves lucky that nobody was hurt," stationmaster Ilse Marr said at the tunnel mouth.
Rail operator Nordline said replacement buses would start running between Velden and Aspach on [May 8|2023-05-08].
The buses will leave every [20 minutes from 6 a.m. to 10 p.m.|2023-05-02T06:00] from the station forecourt.

@article t2 | 2023-05-03 | Velden council to vote on tunnel pumps
The Velden town council will vote on [Thursday|2023-05-04] on a contract to pump the water out of the tunnel.
Damage from [Monday's|2023-05-01] flood is estimated at 4 million euros; engineers say repairs could take weeks.

@article t3 | 2023-05-05 | Council hires pumping crews for flooded tunnel
The council voted 9-0 on [Thursday|2023-05-04] to hire two pumping crews, [two days after|2023-05-06] the tunnel flooded.
The [May 1|2023-05-01] flood also ruined signal cables along 300 meters of track, Nordline said.
Velden's new public library opened its doors on [Thursday|2023-05-04] with a reading by local authors.

@article t4 | 2023-05-09 | First replacement buses run
The first replacement buses carried about 800 riders between Velden and Aspach on [Monday|2023-05-08].

@article t5 | 2023-05-12 | Tunnel pumps fall silent
[Earlier this month|2023-05 2023-05-01/2023-05-12], Nordline began running replacement buses between Velden and Aspach, which stop at four villages.

@article t6 | 2023-06-02 | A month of buses under the Mill River
In [May|2023-05], Nordline's replacement buses carried about 21,000 riders between Velden and Aspach.
The council approved the pumping contract on [May 4|2023-05-04], and the tunnel reopened to trains on [May 30|2023-05-30].
The buses will keep running [through the end of June|2023-06 END] while signal crews finish their work.

@event 2023-05-01 | t1.1 t2.2 t3.2 | summary t1.1
@summary t2.2 | Damage from Monday's flood is estimated at 4 million euros.
@none t1.2
@none t1.4
@candidates t3.1 2023-05-04
@event 2023-05-04 | t2.1 t3.1 t6.2@2023-05-04 | summary t3.1
@event 2023-05-04 | t3.3
@apart t3.1 t3.3
@event 2023-05-08 | t1.3 t5.1 t4.1
@event 2023-05 | t6.1
@event 2023-05-30 | t6.2@2023-05-30
@event 2023-06 | t6.3
