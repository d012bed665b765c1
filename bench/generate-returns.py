#!/usr/bin/env python3
"""Writes an HXL CSV file of return counts in Homeward's exchange format, deterministic for a seed.

Skewed like the real flows: most returns are of displaced people inside the country; refugees come mostly from
Lebanon, Turkey and Jordan through the crossings that face them; a few governorates take most returns.

  bench/generate-returns.py --rows 100000 --seed 1 --source JCHQ > returns-S.csv
  bench/generate-returns.py --rows 100000 --seed 1 --source JCHQ --corrections 0.03 > corrections-S.csv
"""
import argparse
import datetime
import random
import sys

GOVERNORATES = [("SY01", 4), ("SY02", 22), ("SY03", 14), ("SY04", 12), ("SY05", 9), ("SY06", 3), ("SY07", 4),
                ("SY08", 5), ("SY09", 8), ("SY10", 2), ("SY11", 6), ("SY12", 7), ("SY13", 2), ("SY14", 2)]
HOSTS = [("LBN", 40, ["JDAYDET_YABOUS", "JOUSIEH", "DABOUSIEH", "TALKALAKH", "ARIDA", "ZAMRANI"]),
         ("TUR", 28, ["BAB_AL_HAWA", "BAB_AL_SALAMEH", "KASAB"]),
         ("JOR", 20, ["NASIB"]),
         ("IRQ", 7, ["AL_BUKAMAL", "AL_YARUBIYAH", "AL_TANF"]),
         ("EGY", 3, ["DAMASCUS_AIRPORT", "LATTAKIA_PORT"]),
         ("DEU", 2, ["DAMASCUS_AIRPORT", "ALEPPO_AIRPORT"])]
HEADER = ("Id,Source,Date,Category,Persons,Governorate,Host country,Displaced from,Entry point,Female,Male,"
          "Age 0-4,Age 5-11,Age 12-17,Age 18-59,Age 60+,Households\n"
          "#meta+id,#meta+source,#date,#affected+type,#affected+returnees,#adm1+code,#country+origin+code,"
          "#adm1+origin+code,#loc+entry+code,#affected+returnees+f,#affected+returnees+m,"
          "#affected+returnees+age0_4,#affected+returnees+age5_11,#affected+returnees+age12_17,"
          "#affected+returnees+age18_59,#affected+returnees+age60plus,#affected+returnees+hh\n")


def split(rng, total, parts):
    cuts = sorted(rng.randint(0, total) for _ in range(parts - 1))
    return [b - a for a, b in zip([0] + cuts, cuts + [total])]


def row(rng, number, source, first_day, days):
    day = first_day + datetime.timedelta(days=min(days - 1, int(rng.triangular(0, days, days))))
    persons = max(1, int(rng.paretovariate(1.6) * 3))
    adm1 = rng.choices([g for g, _ in GOVERNORATES], [w for _, w in GOVERNORATES])[0]
    origin = origin_adm1 = entry = ""
    if rng.random() < 0.3:
        category = "refugee_returnee"
        host = rng.choices(HOSTS, [w for _, w, _ in HOSTS])[0]
        origin, entry = host[0], rng.choice(host[2])
    else:
        category = "idp_returnee"
        origin_adm1 = rng.choice(GOVERNORATES)[0] if rng.random() < 0.6 else ""
    female = male = ""
    if rng.random() < 0.7:
        f = rng.randint(0, persons)
        female, male = str(f), str(persons - f)
    ages = ["", "", "", "", ""]
    if rng.random() < 0.5:
        ages = [str(a) for a in split(rng, persons, 5)]
    households = str(max(1, persons // 5)) if rng.random() < 0.8 else ""
    return [f"r{number}", source, day.isoformat(), category, str(persons), adm1, origin, origin_adm1, entry,
            female, male] + ages + [households]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--source", default="JCHQ")
    parser.add_argument("--first-day", default="2016-01-01")
    parser.add_argument("--days", type=int, default=3 * 365)
    parser.add_argument("--corrections", type=float, default=0.0,
                        help="instead of the file, write corrections (new counts) and voids for this share of rows")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    first_day = datetime.date.fromisoformat(args.first_day)
    out = sys.stdout
    if args.corrections:
        out.write("Id,Source,Date,Category,Persons,Governorate,Host country,Displaced from,Entry point,Female,Male,"
                  "Age 0-4,Age 5-11,Age 12-17,Age 18-59,Age 60+,Households,Void\n")
        out.write(HEADER.split("\n")[1] + ",#meta+void\n")
    else:
        out.write(HEADER)
    for number in range(args.rows):
        cells = row(rng, number, args.source, first_day, args.days)
        if args.corrections:
            pick = rng.random()
            if pick >= args.corrections:
                continue
            if pick < args.corrections / 4:
                out.write(f"r{number},{args.source}" + "," * 16 + ",true\n")
                continue
            cells[4] = str(int(cells[4]) + 1)
            cells[9:16] = [""] * 7
            out.write(",".join(cells) + ",\n")
            continue
        out.write(",".join(cells) + "\n")


if __name__ == "__main__":
    main()
