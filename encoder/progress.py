# SPDX-License-Identifier: GPL-2.0-or-later
"""Progress on a terminal: tqdm bars for the command line and the legacy API (tqdm imported at the first update)."""

from __future__ import annotations

import sys


def tqdm_updater(stream=sys.stderr, **options):
    """update(done, total, **postfix) on a tqdm bar made at the first update (an encode or download refused before
    it starts prints nothing but its one-line error); when stderr is not a terminal tqdm writes a line now and then."""
    state = {"bar": None}

    def update(done: int, total: int | None, **postfix) -> None:
        bar = state["bar"]
        if bar is None:
            from tqdm import tqdm

            bar = state["bar"] = tqdm(total=total, file=stream, dynamic_ncols=True, mininterval=0.5 if stream.isatty() else 30.0, **options)
        if postfix:
            bar.set_postfix(**postfix, refresh=False)
        bar.update(done - bar.n)
        if total is not None and done >= total:
            bar.close()

    return update


def progress_bar(stream=sys.stderr):
    """The chips of an encode (EncodeProgress) on a tqdm bar."""
    update = tqdm_updater(stream, unit="chip")
    return lambda p: update(p.done, p.total, reused=p.reused, nodata=p.skipped_nodata)
