#!/usr/bin/env python3
"""What an incremental linkage did to the people, checked against the people before it and against the truth.

Usage: linkage-check.py PEOPLE_BEFORE PEOPLE_AFTER NEW_CSV TRUTH_CSV FIGURES

PEOPLE_BEFORE and PEOPLE_AFTER are answers of GET /api/v1/registrations/people, NEW_CSV the file of the new
registrations, TRUTH_CSV the true person of each registration (LinkageBenchmark csv … TRUTH), FIGURES the answer of
GET /api/v1/registrations/figures. Prints one line per finding; exits 1 when an existing person whose registrations
got no new one changed its id. Standard library only.
"""
import collections
import csv
import json
import sys


def people(path):
    """The person id of each registration, by "source/id"."""
    with open(path, encoding="utf-8") as handle:
        answer = json.load(handle)
    return {f"{r['source']}/{r['id']}": person["person"] for person in answer["people"] for r in person["registrations"]}


def new_keys(path):
    with open(path, newline="", encoding="utf-8") as handle:
        rows = csv.reader(handle)
        next(rows), next(rows)
        return {f"{row[1]}/{row[0]}" for row in rows}


def truth(path):
    with open(path, newline="", encoding="utf-8") as handle:
        return {f"{row['source']}/{row['id']}": row["person"] for row in csv.DictReader(handle)}


def pairs(sizes):
    return sum(n * (n - 1) // 2 for n in sizes)


def main(before_path, after_path, new_path, truth_path, figures_path):
    before, after, new, true = people(before_path), people(after_path), new_keys(new_path), truth(truth_path)

    # people an incremental linkage may touch: those holding a new registration now, or before (none should)
    touched = {after[key] for key in new if key in after}
    existed = set(before.values())
    kept = changed = moved = 0
    for key, person in before.items():
        if after.get(key) in touched:
            moved += 1
        elif after.get(key) == person:
            kept += 1
        else:
            changed += 1
    print(f"person ids: {kept} existing registrations kept their person's id, {changed} changed without a new "
          f"registration in their person, {moved} now stand with a new registration; {len(touched)} people hold "
          f"the {len(new)} new registrations, {len(touched & existed)} of them existed before")

    # pairwise against the truth, counted per cluster and per (true, found) cell, as SyntheticPopulation.score
    keys = [key for key in true if key in after]
    true_sizes = collections.Counter(true[key] for key in keys)
    found_sizes = collections.Counter(after[key] for key in keys)
    cells = collections.Counter((true[key], after[key]) for key in keys)
    correct, true_pairs, found_pairs = pairs(cells.values()), pairs(true_sizes.values()), pairs(found_sizes.values())
    precision = correct / found_pairs if found_pairs else 1.0
    recall = correct / true_pairs if true_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"server's people against the truth: {len(keys)} of {len(true)} registrations placed, precision "
          f"{precision:.4f}, recall {recall:.4f}, F1 {f1:.4f}")

    with open(figures_path, encoding="utf-8") as handle:
        figures = json.load(handle)
    # the true people of the registrations the server holds (all of the population, unless a run imported a part)
    distinct = len({true[key] for key in keys})
    print(f"figures' people {figures['people']} against {distinct} true people "
          f"({100 * (figures['people'] - distinct) / distinct:+.2f} %), {figures['registrations']} registrations")
    return 1 if changed else 0


if __name__ == "__main__":
    if len(sys.argv) != 6:
        sys.exit(__doc__)
    sys.exit(main(*sys.argv[1:]))
