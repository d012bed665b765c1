#!/usr/bin/env python3
"""Writes the demo data set: HXL-tagged CSV files in Homeward's exchange format, into src/main/resources/demo/.

  returns-jchq.csv              source JCHQ, the main return ledger: daily rows from 2016-06-01 to 2018-10-22
  returns-unhcr.csv             source UNHCR, refugee returns only: weekly rows per host country and destination
                                governorate, 2018-01-01 to 2018-10-22, each dated the last day of its ISO week
                                (2018-10-22 for the week under way), about 60-85 % of JCHQ's refugee figures, so
                                that a comparison of the two sources shows plausible discrepancies
  returns-jchq-corrections.csv  60 JCHQ rows sent again under the same id with another sex/age split, or another
                                destination as fine or finer in the same governorate; loaded after the ledger they
                                become new versions of those rows and change none of the figures below
  facilities-jchq.csv           source JCHQ, status events of damaged facilities: damaged, works under way, and for
                                some in operation

Figures the files reproduce exactly, for source JCHQ as of 2018-10-22 (the script checks them on the text it is
about to write, and writes nothing if one of them or any other check fails):

  returns, every day up to 2018-10-22: 1,241,212 displaced persons (idp_returnee) and 249,527 refugees
  (refugee_returnee), 1,490,739 in all; in the week 2018-10-16 .. 2018-10-22: 2,520 refugees and 139 displaced
  persons, 2,659 in all; the same after the corrections;
  facilities whose latest status is works under way: 180 schools, 160 pre-schools, 156 bakeries, 179 water pumping
  stations, 161 electrical substations, 153 medical facilities, 1,877 residential buildings and 82 places of
  worship, standing in 289 settlements;
  put into operation in the week 2018-10-16 .. 2018-10-22: 167 residential buildings, 1 school and 2 medical
  facilities, and nothing else.

Every random draw comes from random.Random with a fixed seed, so every run writes the same bytes. Standard library
only. Run it from anywhere: python3 demo/generate-demo.py
"""
import csv
import datetime
import hashlib
import io
import math
import random
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "src" / "main" / "resources" / "reference"
OUTPUT = ROOT / "src" / "main" / "resources" / "demo"
SEED = 20180718

FIRST_DAY = datetime.date(2016, 6, 1)     # the ledger starts long before the headquarters opened
HQ_OPENED = datetime.date(2018, 7, 18)    # the coordination headquarters opened; corrections come after it
WEEK_FROM = datetime.date(2018, 10, 16)   # the briefing week, WEEK_FROM .. LAST_DAY
LAST_DAY = datetime.date(2018, 10, 22)    # the demo's "today": nothing happens after it
UNHCR_FROM = datetime.date(2018, 1, 1)    # a Monday: ISO week 1 of 2018 starts on it
DAMAGE_FROM = datetime.date(2016, 1, 1)   # facilities were damaged in 2016-2018

IDP, REFUGEE = "idp_returnee", "refugee_returnee"
TOTALS = {IDP: 1_241_212, REFUGEE: 249_527}
WEEK_TOTALS = {IDP: 139, REFUGEE: 2_520}

DAMAGED, WORKS, IN_OPERATION = "damaged", "works_under_way", "in_operation"
STATUS_ORDER = (DAMAGED, WORKS, IN_OPERATION)
WORKS_UNDER_WAY = {"school": 180, "preschool": 160, "bakery": 156, "water_pumping_station": 179,
                   "electrical_substation": 161, "medical_facility": 153, "residential_building": 1_877,
                   "place_of_worship": 82}
WORKS_SETTLEMENTS = 289
OPENED_IN_WEEK = {"residential_building": 167, "school": 1, "medical_facility": 2}
OPENED_EARLIER = 1_500
STILL_DAMAGED = 300
CORRECTIONS = 60

RETURN_COLUMNS = [
    ("Id", "#meta+id"), ("Source", "#meta+source"), ("Date", "#date"), ("Category", "#affected+type"),
    ("Persons", "#affected+returnees"), ("Governorate", "#adm1+code"), ("District", "#adm2+code"),
    ("Sub-district", "#adm3+code"), ("Community", "#adm4+code"), ("Host country", "#country+origin+code"),
    ("Displaced in", "#adm1+origin+code"), ("Entry point", "#loc+entry+code"), ("Female", "#affected+returnees+f"),
    ("Male", "#affected+returnees+m"), ("Age 0-4", "#affected+returnees+age0_4"),
    ("Age 5-11", "#affected+returnees+age5_11"), ("Age 12-17", "#affected+returnees+age12_17"),
    ("Age 18-59", "#affected+returnees+age18_59"), ("Age 60+", "#affected+returnees+age60plus"),
    ("Households", "#affected+returnees+hh")]
FACILITY_COLUMNS = [
    ("Event id", "#meta+id"), ("Source", "#meta+source"), ("Facility", "#loc+facility+code"),
    ("Name", "#loc+facility+name"), ("Type", "#loc+facility+type"), ("Governorate", "#adm1+code"),
    ("District", "#adm2+code"), ("Sub-district", "#adm3+code"), ("Community", "#adm4+code"), ("Status", "#status"),
    ("Date", "#date")]

AGE_SHARES = (0.14, 0.20, 0.13, 0.47, 0.06)   # 0-4, 5-11, 12-17, 18-59, 60+
LEVELS = ("governorate", "district", "subdistrict", "community")
# How precisely a row names its destination: crossings often know only the governorate.
PRECISION = {IDP: (0.15, 0.20, 0.20, 0.45), REFUGEE: (0.30, 0.20, 0.15, 0.35)}

# Where a governorate-wide destination really goes: the parts the government held in 2018.
HELD_PARTS = {
    "SY02": {"SY020000": 8, "SY020002": 1, "SY020006": 0.5, "SY020202": 0.5, "SY0207": 2},
    "SY07": {"SY070001": 1},
    "SY09": {"SY090100": 5, "SY090103": 1, "SY090104": 1, "SY090200": 2, "SY090202": 0.5, "SY090300": 2,
             "SY090302": 1},
}
# Where damaged facilities stand in this demo: the government-held governorates of 2018, weighted by how hard the
# fighting hit them (the coast and As-Sweida saw little of it).
RECONSTRUCTION = {"SY02": 3, "SY03": 3, "SY04": 2.5, "SY12": 1.5, "SY09": 1.5, "SY05": 1, "SY14": 1, "SY01": 1,
                  "SY06": 0.5, "SY13": 0.3, "SY10": 0.2}
# How many of the 289 settlements with works under way lie in each governorate.
WORKS_SETTLEMENT_QUOTAS = {"SY02": 66, "SY03": 55, "SY04": 44, "SY05": 28, "SY12": 37, "SY09": 20, "SY14": 12,
                           "SY06": 12, "SY10": 5, "SY13": 8, "SY01": 2}


@dataclass
class Stream:
    """One flow of returns: how many a day (knots, linear in between, none outside) and where they go."""
    name: str
    category: str
    knots: list               # (day, persons a day before scaling)
    areas: dict               # p-code of a governorate, district or sub-district -> weight
    row_size: int             # persons in one row, typically
    hosts: dict = None        # refugees: (host country, entry point) -> weight
    origins: dict = None      # displaced: governorate where they stayed -> weight
    origin_share: float = 0.6  # displaced: share of rows that name that governorate
    entry: str = ""           # displaced: the checkpoint they came through
    frequency: float = 1.0    # share of days with any returns: small flows come in bursts (convoys, flights)


def knots(*points):
    return [(datetime.date.fromisoformat(day), level) for day, level in points]


# Displaced people come home in waves as fighting ends: eastern Aleppo after December 2016, Deir-ez-Zor after the
# siege was lifted, Eastern Ghouta in spring 2018, northern Homs in May 2018, Dar'a and Quneitra in summer 2018.
# By October 2018 only a trickle is left.
IDP_STREAMS = [
    Stream("aleppo-city-2017", IDP, knots(("2016-12-23", 0), ("2017-01-12", 1650), ("2017-03-20", 1400),
                                          ("2017-06-01", 550), ("2017-10-01", 130), ("2018-02-01", 0)),
           {"SY020000": 8, "SY0207": 1.5, "SY020202": 0.5}, 180, origins={"SY02": 8, "SY07": 1}),
    Stream("aleppo", IDP, knots(("2016-06-01", 70), ("2017-12-01", 130), ("2018-07-01", 80), ("2018-09-15", 12),
                                ("2018-10-22", 1)),
           {"SY02": 1}, 140, origins={"SY02": 6, "SY07": 2, "SY11": 1, "SY09": 1}),
    Stream("homs", IDP, knots(("2016-06-01", 110), ("2017-04-01", 280), ("2017-07-01", 170), ("2018-06-01", 120),
                              ("2018-08-15", 50), ("2018-09-20", 6), ("2018-10-22", 1)),
           {"SY0401": 6, "SY0402": 1.5, "SY0403": 1, "SY0404": 1, "SY0406": 0.5}, 140,
           origins={"SY04": 8, "SY05": 1, "SY03": 1}),
    Stream("northern-homs-2018", IDP, knots(("2018-05-08", 0), ("2018-05-25", 850), ("2018-07-10", 250),
                                            ("2018-09-10", 0)),
           {"SY0404": 7, "SY0401": 2}, 170, origins={"SY04": 6, "SY05": 2, "SY07": 2}),
    Stream("hama", IDP, knots(("2016-06-01", 70), ("2017-10-15", 200), ("2018-03-01", 240), ("2018-08-15", 40),
                              ("2018-09-20", 5), ("2018-10-22", 1)),
           {"SY05": 1}, 130, origins={"SY05": 7, "SY07": 2, "SY02": 1}),
    Stream("idleb-corridor", IDP, knots(("2018-01-08", 0), ("2018-02-05", 300), ("2018-04-15", 100),
                                        ("2018-08-01", 15), ("2018-10-22", 3)),
           {"SY05": 5, "SY02": 3, "SY07": 2}, 70, origins={"SY07": 1}, origin_share=1.0, entry="ABU_AL_DUHUR"),
    Stream("deir-ez-zor", IDP, knots(("2017-09-10", 0), ("2017-11-05", 850), ("2018-02-15", 600),
                                     ("2018-06-15", 150), ("2018-09-01", 25), ("2018-10-01", 3), ("2018-10-22", 1)),
           {"SY09": 1}, 160, origins={"SY09": 6, "SY04": 1, "SY01": 1, "SY03": 1}),
    Stream("salihiyah", IDP, knots(("2017-11-15", 0), ("2018-01-15", 140), ("2018-06-01", 50), ("2018-09-01", 12),
                                 ("2018-10-22", 3)),
           {"SY090100": 4, "SY090103": 1, "SY090104": 1, "SY090300": 1}, 60,
           origins={"SY09": 7, "SY11": 3}, origin_share=1.0, entry="SALIHIYAH"),
    Stream("eastern-ghouta-2018", IDP, knots(("2018-03-12", 0), ("2018-04-05", 2500), ("2018-05-05", 2000),
                                             ("2018-06-20", 750), ("2018-08-20", 110), ("2018-09-25", 12),
                                             ("2018-10-22", 1)),
           {"SY0302": 6, "SY030105": 1.5, "SY030106": 1.5, "SY030104": 1}, 200, origins={"SY03": 8, "SY01": 2}),
    Stream("rural-damascus", IDP, knots(("2016-06-01", 110), ("2017-06-01", 260), ("2018-06-01", 180),
                                        ("2018-08-15", 70), ("2018-09-25", 8), ("2018-10-22", 1)),
           {"SY0309": 2, "SY0308": 2, "SY0307": 1.5, "SY0304": 1, "SY0303": 1, "SY0305": 1, "SY0306": 1,
            "SY0301": 1}, 140, origins={"SY03": 6, "SY01": 3, "SY04": 1}),
    Stream("damascus", IDP, knots(("2016-06-01", 40), ("2018-05-25", 55), ("2018-06-15", 230), ("2018-08-15", 60),
                                  ("2018-09-25", 5), ("2018-10-22", 1)),
           {"SY01": 1}, 120, origins={"SY01": 4, "SY03": 6}),
    Stream("daraa-2018", IDP, knots(("2018-06-28", 0), ("2018-07-12", 3000), ("2018-08-12", 1500),
                                    ("2018-09-10", 300), ("2018-10-01", 30), ("2018-10-22", 3)),
           {"SY1200": 4.5, "SY1202": 2.5, "SY1203": 3}, 200, origins={"SY12": 8, "SY14": 1, "SY13": 1}),
    Stream("daraa", IDP, knots(("2016-06-01", 30), ("2018-06-01", 45)),
           {"SY12": 1}, 100, origins={"SY12": 6, "SY13": 3, "SY01": 1}),
    Stream("quneitra-2018", IDP, knots(("2018-07-18", 0), ("2018-07-30", 650), ("2018-09-01", 200),
                                       ("2018-09-25", 15), ("2018-10-22", 1)),
           {"SY1400": 6, "SY1402": 4}, 150, origins={"SY14": 7, "SY12": 2, "SY01": 1}),
    Stream("lattakia", IDP, knots(("2016-06-01", 150), ("2017-03-01", 75), ("2018-06-01", 30), ("2018-09-01", 6),
                                  ("2018-10-22", 1)),
           {"SY0603": 5, "SY0600": 3, "SY0602": 2}, 110, origins={"SY06": 8, "SY07": 2}),
    Stream("tartous-sweida", IDP, knots(("2016-06-01", 35), ("2018-06-01", 25), ("2018-09-01", 5),
                                        ("2018-10-22", 1)),
           {"SY10": 3, "SY13": 4}, 80, origins={"SY10": 2, "SY13": 3, "SY12": 2, "SY04": 2},
           frequency=0.6),
]

FAR_HOSTS = {"EGY": 6, "ARE": 4, "SAU": 3, "KWT": 1.5, "SDN": 1, "DZA": 1, "ARM": 1, "RUS": 1, "OMN": 0.5,
             "BHR": 0.5, "LBY": 0.5}

# Refugees come mostly from Lebanon, more and more through 2018 (organised returns from Arsal from late June);
# some from Turkey and Iraq; from Jordan only once Nasib reopened on 15 October 2018; a few fly in.
REFUGEE_STREAMS = [
    Stream("lebanon-masnaa", REFUGEE, knots(("2016-06-01", 85), ("2017-06-01", 105), ("2018-01-01", 130),
                                            ("2018-07-15", 175), ("2018-10-22", 120)),
           {"SY01": 2.5, "SY03": 3.5, "SY12": 1, "SY13": 0.5, "SY14": 0.5, "SY04": 1, "SY05": 0.5, "SY02": 0.5},
           55, hosts={("LBN", "JDAYDET_YABOUS"): 1}),
    Stream("lebanon-qaa", REFUGEE, knots(("2016-06-01", 18), ("2017-06-01", 24), ("2018-01-01", 30),
                                         ("2018-07-15", 50), ("2018-10-22", 35)),
           {"SY0402": 3.5, "SY0401": 2.5, "SY05": 1.5, "SY03": 1, "SY02": 1.5}, 40, hosts={("LBN", "JOUSIEH"): 1}),
    Stream("lebanon-north", REFUGEE, knots(("2016-06-01", 16), ("2018-01-01", 22), ("2018-07-15", 35),
                                           ("2018-10-22", 25)),
           {"SY0403": 3, "SY0401": 2, "SY10": 2.5, "SY05": 1.5, "SY06": 1}, 30,
           hosts={("LBN", "DABOUSIEH"): 1, ("LBN", "TALKALAKH"): 1}),
    Stream("lebanon-coast", REFUGEE, knots(("2016-06-01", 10), ("2018-01-01", 14), ("2018-10-22", 16)),
           {"SY10": 5, "SY06": 3, "SY04": 2}, 30, hosts={("LBN", "ARIDA"): 1},
           frequency=0.7),
    Stream("lebanon-arsal", REFUGEE, knots(("2018-06-25", 0), ("2018-06-28", 240), ("2018-07-31", 130),
                                           ("2018-09-30", 45), ("2018-10-22", 30)),
           {"SY0306": 3, "SY0305": 2.5, "SY0303": 2, "SY0307": 1, "SY0402": 1.5}, 70, hosts={("LBN", "ZAMRANI"): 1}),
    Stream("jordan-nasib", REFUGEE, knots(("2018-10-15", 40), ("2018-10-22", 110)),
           {"SY12": 5, "SY01": 1.2, "SY03": 1.5, "SY13": 0.8, "SY14": 0.5, "SY04": 0.5, "SY05": 0.5}, 45,
           hosts={("JOR", "NASIB"): 1}),
    Stream("turkey-kasab", REFUGEE, knots(("2016-06-01", 5), ("2018-10-22", 7)),
           {"SY06": 7, "SY10": 1.5, "SY05": 1.5}, 20, hosts={("TUR", "KASAB"): 1}, frequency=0.35),
    Stream("turkey-aleppo", REFUGEE, knots(("2016-06-01", 8), ("2017-01-01", 16), ("2018-10-22", 20)),
           {"SY02": 7, "SY05": 2, "SY04": 1}, 30, hosts={("TUR", "BAB_AL_SALAMEH"): 2, ("TUR", "BAB_AL_HAWA"): 1}),
    Stream("iraq-bukamal", REFUGEE, knots(("2017-12-01", 0), ("2018-02-01", 22), ("2018-10-22", 10)),
           {"SY09": 4, "SY04": 1}, 30, hosts={("IRQ", "AL_BUKAMAL"): 1}, frequency=0.6),
    Stream("iraq-yarubiyah", REFUGEE, knots(("2016-06-01", 7), ("2018-10-22", 4)),
           {"SY08": 3, "SY09": 2, "SY02": 1}, 20, hosts={("IRQ", "AL_YARUBIYAH"): 1},
           frequency=0.4),
    Stream("far-by-air", REFUGEE, knots(("2016-06-01", 7), ("2018-10-22", 12)),
           {"SY01": 4, "SY03": 2, "SY04": 1, "SY02": 1.2, "SY06": 0.8, "SY10": 0.7, "SY05": 0.6, "SY13": 0.5}, 8,
           frequency=0.55, hosts={(country, "DAMASCUS_AIRPORT"): weight for country, weight in FAR_HOSTS.items()}),
]
STREAMS = IDP_STREAMS + REFUGEE_STREAMS

FACILITY_NAMES = {
    "school": "School No. {n}, {place}", "preschool": "Kindergarten No. {n}, {place}",
    "bakery": "Bakery No. {n}, {place}", "water_pumping_station": "Water pumping station No. {n}, {place}",
    "electrical_substation": "Electrical substation No. {n}, {place}",
    "medical_facility": "Health centre No. {n}, {place}", "residential_building": "Residential building {n}, {place}",
    "mosque": "Mosque No. {n}, {place}", "church": "Church No. {n}, {place}"}
# Homes follow the size of a town; schools, bakeries and the like are spread over many settlements.
TYPE_CONCENTRATION = {"residential_building": 1.2, "school": 0.5, "preschool": 0.5, "bakery": 0.5,
                      "water_pumping_station": 0.4, "electrical_substation": 0.4, "medical_facility": 0.6,
                      "place_of_worship": 0.5}
OPENED_EARLIER_SHARES = {"residential_building": 55, "school": 12, "preschool": 6, "bakery": 7,
                         "water_pumping_station": 7, "electrical_substation": 6, "medical_facility": 4,
                         "place_of_worship": 3}


def fail(message):
    raise SystemExit("generate-demo: check failed: " + message)


def check(condition, message):
    if not condition:
        fail(message)


def days(first, last):
    return [first + datetime.timedelta(n) for n in range((last - first).days + 1)]


def apportion(total, weights):
    """Splits a whole number in proportion to weights, exactly (largest remainders, ties by position)."""
    weight_sum = sum(weights)
    if total == 0 or weight_sum <= 0:
        check(total == 0, f"nothing to put {total} on")
        return [0] * len(weights)
    quotas = [total * w / weight_sum for w in weights]
    parts = [math.floor(q) for q in quotas]
    by_remainder = sorted(range(len(weights)), key=lambda i: (parts[i] - quotas[i], i))
    for i in by_remainder[:total - sum(parts)]:
        parts[i] += 1
    return parts


def pick(rng, weighted):
    """One key of a dict of weights; dicts keep their order, so the draw is reproducible."""
    return rng.choices(list(weighted), list(weighted.values()))[0]


def pick_some(rng, items, weights, count):
    """count distinct items, drawn with probability by weight (Efraimidis-Spirakis keys)."""
    keyed = sorted(((rng.random() ** (1 / w), i) for i, w in enumerate(weights)), reverse=True)
    return [items[i] for _, i in keyed[:count]]


def recent_day(rng, first, last, skew):
    """A day between first and last, more often near last when skew < 1."""
    return first + datetime.timedelta(round((last - first).days * rng.random() ** skew))


# ---------------------------------------------------------------------------------------------- reference data


class Geography:
    """The p-codes of the reference data: who contains whom, and how large each settlement is."""

    def __init__(self, folder):
        self.names = {}
        self.parent = {}
        self.level = {}
        for level, file in (("governorate", "governorates.csv"), ("district", "districts.csv"),
                            ("subdistrict", "subdistricts.csv"), ("community", "communities.csv")):
            for row in read_reference(folder / file):
                self.names[row["pcode"]] = row["name_en"]
                self.level[row["pcode"]] = level
                if level != "governorate":
                    self.parent[row["pcode"]] = row["parent_pcode"]
        self.entry_points = {row["code"]: row for row in read_reference(folder / "entry-points.csv")}
        self.communities = [code for code, level in self.level.items() if level == "community"]
        self.members = defaultdict(list)   # any area -> its communities, in file order
        for community in self.communities:
            for area in self.chain(community):
                self.members[area].append(community)
        self.size = {community: self.town_size(community) for community in self.communities}

    def chain(self, community):
        """[governorate, district, sub-district, community] of a community."""
        codes = [community]
        while codes[-1] in self.parent:
            codes.append(self.parent[codes[-1]])
        return codes[::-1]

    def town_size(self, community):
        # A settlement named like its governorate is its capital; like its district or sub-district, its centre.
        governorate, district, subdistrict, _ = self.chain(community)
        name = self.names[community]
        if name == self.names[governorate]:
            return 12
        if name == self.names[district]:
            return 6
        if name == self.names[subdistrict] or self.names[subdistrict] == "Markaz " + name:
            return 3
        return 1

    def destination(self, community, level):
        """The four destination cells down to a level: every level above the finest one given."""
        codes = self.chain(community)[:LEVELS.index(level) + 1]
        return codes + [""] * (4 - len(codes))

    def expand(self, areas):
        """Areas by weight, a governorate replaced by the parts of it the government held."""
        expanded = {}
        for area, weight in areas.items():
            parts = HELD_PARTS.get(area, {area: 1})
            total = sum(parts.values())
            for part, share in parts.items():
                expanded[part] = expanded.get(part, 0) + weight * share / total
        return expanded

    def community_in(self, rng, areas):
        """A community in one of the areas, larger towns more often."""
        area = pick(rng, areas)
        members = self.members[area]
        return rng.choices(members, [self.size[c] for c in members])[0]


def read_reference(path):
    with open(path, encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


# ---------------------------------------------------------------------------------------------- return ledger


def intensity(stream, day):
    """Persons a day the stream brings before scaling: linear between knots, nothing outside them."""
    points = stream.knots
    if day < points[0][0] or day > points[-1][0]:
        return 0.0
    for (day0, level0), (day1, level1) in zip(points, points[1:]):
        if day0 <= day <= day1:
            return level0 + (level1 - level0) * (day - day0).days / max(1, (day1 - day0).days)
    return float(points[0][1])


def day_factor(rng, stream, day):
    # Small flows skip days; fewer people cross on Fridays and Saturdays, the weekend; every day has its luck.
    if rng.random() >= stream.frequency:
        return 0.0
    weekend = {4: 0.55, 5: 0.85}.get(day.weekday(), 1.0)
    return weekend * rng.lognormvariate(0, 0.35)


def daily_cells(rng):
    """(day, stream, persons) for every day and stream, summing exactly to the totals of each period."""
    periods = ((days(FIRST_DAY, WEEK_FROM - datetime.timedelta(1)), {c: TOTALS[c] - WEEK_TOTALS[c] for c in TOTALS}),
               (days(WEEK_FROM, LAST_DAY), WEEK_TOTALS))
    cells = []
    for category in (IDP, REFUGEE):
        streams = [s for s in STREAMS if s.category == category]
        for period, totals in periods:
            keys, weights = [], []
            for day in period:
                for stream in streams:
                    level = intensity(stream, day)
                    if level > 0:
                        keys.append((day, stream))
                        weights.append(level * day_factor(rng, stream, day))
            for (day, stream), persons in zip(keys, apportion(totals[category], weights)):
                if persons:
                    cells.append((day, stream, persons))
    order = {stream.name: i for i, stream in enumerate(STREAMS)}
    cells.sort(key=lambda cell: (cell[0], order[cell[1].name]))
    return cells


def split_cell(rng, persons, row_size):
    """A day's returns of one stream as several rows (convoys, crossings, reports) of at least one person."""
    count = max(1, min(persons, round(persons / (row_size * rng.lognormvariate(0, 0.3)))))
    weights = [rng.lognormvariate(0, 0.8) for _ in range(count)]
    return [1 + part for part in apportion(persons - count, weights)]


def sex_split(rng, persons):
    share = min(0.7, max(0.3, rng.gauss(0.51, 0.04)))
    if persons <= 30:
        female = sum(rng.random() < share for _ in range(persons))
    else:
        female = round(persons * share)
    return female, persons - female


def age_split(rng, persons):
    if persons <= 30:
        counts = Counter(rng.choices(range(5), AGE_SHARES, k=persons))
        return [counts[band] for band in range(5)]
    return apportion(persons, [share * rng.lognormvariate(0, 0.12) for share in AGE_SHARES])


def households(rng, persons):
    return max(1, min(persons, round(persons / rng.uniform(4.0, 6.2))))


def breakdown(rng, persons):
    female, male = sex_split(rng, persons)
    return {"f": female, "m": male, "ages": age_split(rng, persons), "hh": households(rng, persons)}


def return_row(geo, rng, day, stream, persons):
    areas = geo.expand(stream.areas)
    community = geo.community_in(rng, areas)
    level = rng.choices(LEVELS, PRECISION[stream.category])[0]
    row = {"source": "JCHQ", "date": day, "category": stream.category, "persons": persons,
           "adm": geo.destination(community, level), "host": "", "origin": "", "entry": "", "stream": stream}
    if stream.category == REFUGEE:
        row["host"], row["entry"] = pick(rng, stream.hosts)
    else:
        row["entry"] = stream.entry
        if stream.origins and rng.random() < stream.origin_share:
            row["origin"] = pick(rng, stream.origins)
    row.update(breakdown(rng, persons))
    return row


def ledger(geo, rng):
    rows = []
    for day, stream, persons in daily_cells(rng):
        for part in split_cell(rng, persons, stream.row_size):
            rows.append(return_row(geo, rng, day, stream, part))
    for number, row in enumerate(rows, start=1):
        row["id"] = f"JCHQ-R-{number:06d}"
    return rows


def corrections(geo, rng, rows):
    """Rows sent again, same id and figures: three in five with another split, the others another destination."""
    candidates = [row for row in rows if row["date"] >= HQ_OPENED and row["persons"] >= 5]
    picked = sorted(rng.sample(candidates, CORRECTIONS), key=lambda row: row["id"])
    corrected = []
    for number, row in enumerate(picked):
        new = dict(row)
        if number % 5 < 3:
            while (new["f"], new["ages"]) == (row["f"], row["ages"]):
                new.update(breakdown(rng, row["persons"]), hh=row["hh"])
        else:
            new["adm"] = other_destination(geo, rng, row)
        corrected.append(new)
    return corrected


def other_destination(geo, rng, row):
    """A finer or another, as fine, destination in the row's governorate (in its district when it names one)."""
    governorate, district = row["adm"][0], row["adm"][1]
    # Where the row's flow goes, narrowed to the row's governorate and district.
    places = dict.fromkeys(c for area in geo.expand(row["stream"].areas) for c in geo.members[area]
                           if geo.chain(c)[0] == governorate and (not district or geo.chain(c)[1] == district))
    places = list(places) or geo.members[district or governorate]
    given = LEVELS.index("community") - row["adm"].count("")
    levels = [level for level in LEVELS[1:] if LEVELS.index(level) >= given]
    for _ in range(1000):
        level = rng.choices(levels, [3 if level == "community" else 1 for level in levels])[0]
        destination = geo.destination(rng.choices(places, [geo.size[c] for c in places])[0], level)
        if destination != row["adm"]:
            return destination
    fail(f"no other destination for {row['id']}")


def unhcr_rows(rng, rows):
    """UNHCR's weekly count of refugees by host country and governorate: about 64-80 % of what JCHQ counted."""
    weekly = defaultdict(int)
    for row in rows:
        if row["category"] == REFUGEE and row["date"] >= UNHCR_FROM:
            weekly[(row["date"].isocalendar()[1], row["host"], row["adm"][0])] += row["persons"]
    coverage = {}
    result = []
    for (week, host, governorate), persons in sorted(weekly.items()):
        # A week's coverage of a host country is shared by its governorates, each with a little noise of its own.
        if (week, host) not in coverage:
            coverage[(week, host)] = rng.uniform(0.64, 0.80)
        share = coverage[(week, host)] * rng.gauss(1, 0.05)
        counted = round(persons * share)
        if counted == 0:
            continue
        # The row is dated the last day of its week, or today for the week under way.
        day = min(UNHCR_FROM + datetime.timedelta(weeks=week - 1, days=6), LAST_DAY)
        row = {"id": f"UNHCR-2018-W{week:02d}-{host}-{governorate}", "source": "UNHCR", "date": day,
               "category": REFUGEE, "persons": counted, "adm": [governorate, "", "", ""], "host": host,
               "origin": "", "entry": ""}
        row.update(breakdown(rng, counted))
        result.append(row)
    return result


def return_cells(row):
    return [row["id"], row["source"], row["date"].isoformat(), row["category"], row["persons"], *row["adm"],
            row["host"], row["origin"], row["entry"], row["f"], row["m"], *row["ages"], row["hh"]]


# ---------------------------------------------------------------------------------------------- facilities


@dataclass
class Facility:
    type: str
    community: str
    history: list          # (status, day) in date order
    code: str = ""
    name: str = ""


def reconstruction_pool(geo):
    """Communities where facilities stand, by governorate, and how much damage each may hold."""
    pool, weight = defaultdict(list), {}
    for area in geo.expand(RECONSTRUCTION):
        for community in geo.members[area]:
            governorate = geo.chain(community)[0]
            pool[governorate].append(community)
            weight[community] = RECONSTRUCTION[governorate] * geo.size[community]
    return pool, weight


def works_settlements(rng, pool, weight):
    settlements = []
    for governorate, quota in WORKS_SETTLEMENT_QUOTAS.items():
        members = pool[governorate]
        settlements += pick_some(rng, members, [weight[c] for c in members], quota)
    return settlements


def works_plan(rng, settlements, weight):
    """(type, community) for every facility with works under way: at least one in each settlement."""
    remaining = dict(WORKS_UNDER_WAY)
    plan = []
    for community in settlements:
        kind = pick(rng, remaining)
        remaining[kind] -= 1
        plan.append((kind, community))
    for kind, count in remaining.items():
        noise = 0.3 if kind == "residential_building" else 0.5
        weights = [weight[c] ** TYPE_CONCENTRATION[kind] * rng.lognormvariate(0, noise) for c in settlements]
        for community, n in zip(settlements, apportion(count, weights)):
            plan += [(kind, community)] * n
    return plan


def before(rng, day, shortest, longest):
    """A day between shortest and longest days before another, not before facilities were first damaged."""
    latest = day - datetime.timedelta(shortest)
    earliest = max(DAMAGE_FROM, day - datetime.timedelta(longest))
    check(earliest <= latest, f"room for a damage before {day}")
    return earliest + datetime.timedelta(rng.randint(0, (latest - earliest).days))


def history_works(rng):
    works = recent_day(rng, datetime.date(2017, 1, 10), LAST_DAY, 0.5)
    return [(DAMAGED, before(rng, works, 20, 600)), (WORKS, works)]


def history_opened(rng, opened):
    works = opened - datetime.timedelta(rng.randint(30, 300))
    return [(DAMAGED, before(rng, works, 20, 500)), (WORKS, works), (IN_OPERATION, opened)]


def facilities(geo, rng):
    pool, weight = reconstruction_pool(geo)
    everywhere = [c for members in pool.values() for c in members]
    sizes = [weight[c] for c in everywhere]
    settlements = works_settlements(rng, pool, weight)
    result = [Facility(kind, community, history_works(rng)) for kind, community in works_plan(rng, settlements, weight)]
    towns = pick_some(rng, settlements, [weight[c] ** 2 for c in settlements], 22)
    result += opened_this_week(rng, towns, everywhere, sizes)
    for _ in range(OPENED_EARLIER):
        opened = recent_day(rng, datetime.date(2017, 1, 1), WEEK_FROM - datetime.timedelta(1), 0.6)
        result.append(Facility(pick(rng, OPENED_EARLIER_SHARES), rng.choices(everywhere, sizes)[0],
                               history_opened(rng, opened)))
    for _ in range(STILL_DAMAGED):
        damaged = recent_day(rng, DAMAGE_FROM, LAST_DAY, 0.9)
        result.append(Facility(pick(rng, OPENED_EARLIER_SHARES), rng.choices(everywhere, sizes)[0],
                               [(DAMAGED, damaged)]))
    name_facilities(geo, rng, result)
    return result


def opened_this_week(rng, towns, everywhere, sizes):
    """Blocks of flats in some of the larger towns under repair; the school and health centres anywhere."""
    opened = []
    for kind, count in OPENED_IN_WEEK.items():
        if kind == "residential_building":
            shares = apportion(count, [rng.lognormvariate(0, 0.6) for _ in towns])
            places = [town for town, n in zip(towns, shares) for _ in range(n)]
        else:
            places = rng.choices(everywhere, sizes, k=count)
        for community in places:
            day = WEEK_FROM + datetime.timedelta(rng.randint(0, (LAST_DAY - WEEK_FROM).days))
            opened.append(Facility(kind, community, history_opened(rng, day)))
    return opened


def name_facilities(geo, rng, result):
    """Codes in the order facilities were first reported damaged; names numbered within their settlement."""
    result.sort(key=lambda f: (f.history[0][1], f.community, f.type, f.history[-1][1], f.history[-1][0]))
    how_many = Counter((f.community, f.type) for f in result)
    numbers = Counter()
    for number, facility in enumerate(result, start=1):
        facility.code = f"JCHQ-F-{number:05d}"
        kind = facility.type
        if kind == "place_of_worship":
            kind = "church" if rng.random() < 0.12 else "mosque"
        numbers[(facility.community, kind)] += 1
        place = geo.names[facility.community]
        if kind == "bakery" and how_many[(facility.community, kind)] == 1:
            facility.name = f"Bakery, {place}"
        else:
            facility.name = FACILITY_NAMES[kind].format(n=numbers[(facility.community, kind)], place=place)


def facility_events(geo, result):
    events = [(day, STATUS_ORDER.index(status), facility, status)
              for facility in result for status, day in facility.history]
    events.sort(key=lambda e: (e[0], e[2].code, e[1]))
    rows = []
    for number, (day, _, facility, status) in enumerate(events, start=1):
        rows.append([f"JCHQ-FE-{number:06d}", "JCHQ", facility.code, facility.name, facility.type,
                     *geo.chain(facility.community), status, day.isoformat()])
    return rows


# ---------------------------------------------------------------------------------------------- files and checks


def csv_text(columns, rows):
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([header for header, _ in columns])
    writer.writerow([hashtag for _, hashtag in columns])
    writer.writerows(rows)
    return buffer.getvalue()


def parse(text, columns):
    """The data rows of a file's text, as dicts by hashtag, after checking its two header rows."""
    lines = list(csv.reader(io.StringIO(text)))
    check(lines[0] == [h for h, _ in columns] and lines[1] == [t for _, t in columns], "header rows")
    rows = [dict(zip([t for _, t in columns], line)) for line in lines[2:]]
    check(all(len(line) == len(columns) for line in lines[2:]), "every row has every column")
    check(len({row["#meta+id"] for row in rows}) == len(rows), "row ids are unique in a file")
    check(all(row["#date"] <= LAST_DAY.isoformat() for row in rows), "no day after " + LAST_DAY.isoformat())
    return rows


def check_destination(geo, row, name, full=False):
    codes = [row["#adm1+code"], row["#adm2+code"], row["#adm3+code"], row["#adm4+code"]]
    given = [code for code in codes if code]
    check(codes[:len(given)] == given and given, f"{name}: levels above the finest are given")
    check(not full or len(given) == 4, f"{name}: a facility names all four levels")
    check(geo.level.get(given[-1]) == LEVELS[len(given) - 1], f"{name}: {given[-1]} is a {LEVELS[len(given) - 1]}")
    check(all(geo.parent.get(child) == parent for parent, child in zip(given, given[1:])), f"{name}: {given} nest")


def check_return_rows(geo, rows, name):
    for row in rows:
        where = f"{name} {row['#meta+id']}"
        check_destination(geo, row, where)
        persons = int(row["#affected+returnees"])
        ages = [int(row[t]) for _, t in RETURN_COLUMNS[14:19]]
        check(persons >= 1, f"{where}: at least one person")
        check(int(row["#affected+returnees+f"]) + int(row["#affected+returnees+m"]) == persons, f"{where}: f + m")
        check(sum(ages) == persons, f"{where}: age bands")
        check(1 <= int(row["#affected+returnees+hh"]) <= persons, f"{where}: households")
        host, origin, entry = row["#country+origin+code"], row["#adm1+origin+code"], row["#loc+entry+code"]
        check(not entry or entry in geo.entry_points, f"{where}: entry point {entry} exists")
        kind = geo.entry_points[entry]["kind"] if entry else ""
        if row["#affected+type"] == REFUGEE:
            check(len(host) == 3 and host != "SYR" and not origin, f"{where}: a refugee names a host country")
            faces = geo.entry_points[entry]["faces_country"] if entry else ""
            check(not entry or faces == host or kind in ("airport", "sea_port") and host in FAR_HOSTS,
                  f"{where}: {entry} faces {host}")
            check(host != "JOR" or row["#date"] >= "2018-10-15", f"{where}: Jordan only after Nasib reopened")
        else:
            check(row["#affected+type"] == IDP, f"{where}: category")
            check(not host, f"{where}: a displaced person has no host country")
            check(not origin or geo.level.get(origin) == "governorate", f"{where}: governorate of displacement")
            check(not entry or kind == "idp_checkpoint", f"{where}: {entry} is a checkpoint")


def return_figures(rows):
    totals, week = Counter(), Counter()
    for row in rows:
        if row["#date"] <= LAST_DAY.isoformat():
            totals[row["#affected+type"]] += int(row["#affected+returnees"])
            if row["#date"] >= WEEK_FROM.isoformat():
                week[row["#affected+type"]] += int(row["#affected+returnees"])
    return totals, week


def check_returns(geo, ledger_text, corrections_text, unhcr_text):
    jchq = parse(ledger_text, RETURN_COLUMNS)
    fixes = parse(corrections_text, RETURN_COLUMNS)
    unhcr = parse(unhcr_text, RETURN_COLUMNS)
    check_return_rows(geo, jchq, "JCHQ")
    check_return_rows(geo, fixes, "correction")
    check_return_rows(geo, unhcr, "UNHCR")
    check([row["#meta+id"] for row in jchq] == [f"JCHQ-R-{n:06d}" for n in range(1, len(jchq) + 1)],
          "JCHQ ids are sequential in file order")
    check(min(row["#date"] for row in jchq) == FIRST_DAY.isoformat(), "the ledger starts on " + str(FIRST_DAY))
    check(all(row["#meta+source"] == "JCHQ" for row in jchq + fixes), "source JCHQ")
    check(all(row["#meta+source"] == "UNHCR" and row["#affected+type"] == REFUGEE for row in unhcr), "UNHCR refugees")
    check(all(row["#date"] >= UNHCR_FROM.isoformat() for row in unhcr), "UNHCR starts in 2018")
    by_id = {row["#meta+id"]: row for row in jchq}
    kept = ["#date", "#affected+type", "#affected+returnees", "#adm1+code", "#country+origin+code", "#adm1+origin+code"]
    for fix in fixes:
        old = by_id.get(fix["#meta+id"])
        check(old is not None, f"correction {fix['#meta+id']} re-sends a ledger row")
        check(all(fix[t] == old[t] for t in kept), f"correction {fix['#meta+id']} keeps day, category, figures")
        check(fix != old, f"correction {fix['#meta+id']} changes something")
    merged = dict(by_id)
    merged.update((fix["#meta+id"], fix) for fix in fixes)
    expected = (TOTALS, WEEK_TOTALS)
    for rows, name in ((jchq, "the ledger"), (list(merged.values()), "the ledger after corrections")):
        totals, week = return_figures(rows)
        check((dict(totals), dict(week)) == expected, f"{name}: figures {dict(totals)} {dict(week)}")
    jchq_refugees = Counter()
    for row in jchq:
        if row["#affected+type"] == REFUGEE and row["#date"] >= UNHCR_FROM.isoformat():
            jchq_refugees[row["#country+origin+code"]] += int(row["#affected+returnees"])
    unhcr_refugees = Counter()
    for row in unhcr:
        unhcr_refugees[row["#country+origin+code"]] += int(row["#affected+returnees"])
    ratios = {host: unhcr_refugees[host] / jchq_refugees[host] for host in sorted(jchq_refugees)}
    check(all(0.6 <= r <= 0.85 for r in ratios.values()), f"UNHCR counts 60-85 % of JCHQ's refugees: {ratios}")
    return {"jchq": len(jchq), "corrections": len(fixes), "unhcr": len(unhcr), "totals": return_figures(jchq),
            "unhcr_share": sum(unhcr_refugees.values()) / sum(jchq_refugees.values())}


def check_facilities(geo, text):
    rows = parse(text, FACILITY_COLUMNS)
    check([row["#meta+id"] for row in rows] == [f"JCHQ-FE-{n:06d}" for n in range(1, len(rows) + 1)],
          "event ids are sequential in file order")
    histories = defaultdict(list)
    for row in rows:
        check(row["#meta+source"] == "JCHQ" and row["#loc+facility+type"] in WORKS_UNDER_WAY, "source and type")
        check_destination(geo, row, row["#meta+id"], full=True)
        histories[row["#loc+facility+code"]].append(row)
    latest_works, opened_in_week, opened_before, damaged_only = [], Counter(), 0, 0
    for code, events in histories.items():
        check(len({(e["#loc+facility+type"], e["#adm4+code"], e["#loc+facility+name"]) for e in events}) == 1,
              f"{code} keeps its type, settlement and name")
        days_seen = [e["#date"] for e in events]
        check(days_seen == sorted(set(days_seen)), f"{code}: one event a day, in date order")
        statuses = [e["#status"] for e in events]
        check(statuses == list(STATUS_ORDER[:len(statuses)]), f"{code}: damaged, works under way, in operation")
        check("2016-01-01" <= days_seen[0] <= LAST_DAY.isoformat(), f"{code}: damaged in 2016-2018")
        latest = events[-1]   # every event is on or before the last day
        if latest["#status"] == WORKS:
            latest_works.append(latest)
        previous = None
        for event in events:
            if event["#status"] == IN_OPERATION and previous != IN_OPERATION:
                if event["#date"] >= WEEK_FROM.isoformat():
                    opened_in_week[event["#loc+facility+type"]] += 1
                else:
                    opened_before += 1
            previous = event["#status"]
        damaged_only += statuses == [DAMAGED]
    works_by_type = Counter(e["#loc+facility+type"] for e in latest_works)
    settlements = Counter(e["#adm4+code"] for e in latest_works)
    check(dict(works_by_type) == WORKS_UNDER_WAY, f"works under way by type: {dict(works_by_type)}")
    check(len(settlements) == WORKS_SETTLEMENTS, f"works under way in {len(settlements)} settlements")
    check(max(settlements.values()) <= 0.04 * len(latest_works), "no settlement holds more than 4 % of the works")
    check(dict(opened_in_week) == OPENED_IN_WEEK, f"put into operation this week: {dict(opened_in_week)}")
    types_per_settlement = Counter(len({e["#loc+facility+type"] for e in latest_works if e["#adm4+code"] == c})
                                   for c in settlements)
    return {"events": len(rows), "facilities": len(histories), "works": len(latest_works),
            "settlements": len(settlements), "largest": max(settlements.values()),
            "several_types": sum(n for k, n in types_per_settlement.items() if k >= 2),
            "opened_in_week": sum(opened_in_week.values()), "opened_before": opened_before,
            "damaged_only": damaged_only}


def main():
    geo = Geography(REFERENCE)
    rows = ledger(geo, random.Random(SEED))
    fixed = corrections(geo, random.Random(SEED + 1), rows)
    current = {row["id"]: row for row in rows}
    current.update((row["id"], row) for row in fixed)
    unhcr = unhcr_rows(random.Random(SEED + 2), list(current.values()))
    events = facility_events(geo, facilities(geo, random.Random(SEED + 3)))
    files = {
        "returns-jchq.csv": csv_text(RETURN_COLUMNS, map(return_cells, rows)),
        "returns-unhcr.csv": csv_text(RETURN_COLUMNS, map(return_cells, unhcr)),
        "returns-jchq-corrections.csv": csv_text(RETURN_COLUMNS, map(return_cells, fixed)),
        "facilities-jchq.csv": csv_text(FACILITY_COLUMNS, events),
    }
    # Check the very text to be written, and write nothing unless every check holds.
    returns = check_returns(geo, files["returns-jchq.csv"], files["returns-jchq-corrections.csv"],
                            files["returns-unhcr.csv"])
    works = check_facilities(geo, files["facilities-jchq.csv"])
    OUTPUT.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        data = text.encode("utf-8")
        (OUTPUT / name).write_bytes(data)
        count = text.count("\n") - 2
        print(f"{name:30} {count:6,} rows {len(data):10,} bytes  sha256 {hashlib.sha256(data).hexdigest()}")
    totals, week = returns["totals"]
    print(f"JCHQ returns up to {LAST_DAY}: {totals[IDP]:,} displaced + {totals[REFUGEE]:,} refugees = "
          f"{totals[IDP] + totals[REFUGEE]:,}; week from {WEEK_FROM}: {week[REFUGEE]:,} refugees + {week[IDP]:,} "
          f"displaced = {week[IDP] + week[REFUGEE]:,} (the same after {returns['corrections']} corrections)")
    print(f"UNHCR counts {returns['unhcr_share']:.0%} of JCHQ's refugees since {UNHCR_FROM}")
    print(f"facilities: {works['facilities']:,} with {works['events']:,} events; works under way at "
          f"{works['works']:,} in {works['settlements']} settlements (at most {works['largest']} in one, "
          f"{works['several_types']} with two types or more); put into operation this week {works['opened_in_week']}, "
          f"before it {works['opened_before']:,}; still damaged only {works['damaged_only']}")


if __name__ == "__main__":
    sys.exit(main())
