# SPDX-License-Identifier: GPL-2.0-or-later
"""Keep translations when strings move between translation contexts (a class split, a rename).

pylupdate5 -noobsolete drops a context's messages when their class is gone and adds them, unfinished, under the new
class. Run this before `make translations` with --save (it records every context's translations), and after it with
--fill: an unfinished message whose source text was translated under any recorded context gets that translation.

    python3 scripts/ts_move.py --save /tmp/ts.json i18n/geosam_*.ts
    make translations
    python3 scripts/ts_move.py --fill /tmp/ts.json i18n/geosam_*.ts && bash scripts/setup_env.sh --translations-only
"""

from __future__ import annotations

import argparse
import json
import re

MESSAGE = re.compile(r"<message>(.*?)</message>", re.S)
SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
DONE = re.compile(r"<translation>(.*?)</translation>", re.S)
UNFINISHED = re.compile(r'<translation type="unfinished">(.*?)</translation>', re.S)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--save", metavar="JSON", help="record the translations of these .ts files")
    mode.add_argument("--fill", metavar="JSON", help="fill their unfinished messages from the record")
    parser.add_argument("ts", nargs="+", help="i18n/geosam_<lang>.ts files")
    args = parser.parse_args()
    if args.save:
        record = {}
        for path in args.ts:
            text = open(path, encoding="utf-8").read()
            record[path] = {s.group(1): t.group(1) for m in MESSAGE.finditer(text) for s, t in [(SOURCE.search(m.group(1)), DONE.search(m.group(1)))] if s and t}
        json.dump(record, open(args.save, "w", encoding="utf-8"), ensure_ascii=False)
        return
    record = json.load(open(args.fill, encoding="utf-8"))
    for path in args.ts:
        text, filled = fill(open(path, encoding="utf-8").read(), record.get(path, {}))
        open(path, "w", encoding="utf-8").write(text)
        left = sum(1 for m in MESSAGE.finditer(text) if UNFINISHED.search(m.group(1)))
        print(f"{path}: {filled} filled, {left} unfinished")


def fill(text: str, known: dict) -> tuple[str, int]:
    """The .ts text with each unfinished message whose source is in known translated; and how many were."""
    filled = 0

    def one(m: re.Match) -> str:
        nonlocal filled
        body = m.group(1)
        source = SOURCE.search(body)
        if source and UNFINISHED.search(body) and source.group(1) in known:
            filled += 1
            translation = known[source.group(1)]
            body = UNFINISHED.sub(lambda _t: f"<translation>{translation}</translation>", body)
        return f"<message>{body}</message>"

    return MESSAGE.sub(one, text), filled

if __name__ == "__main__":
    main()
