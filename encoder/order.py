# SPDX-License-Identifier: GPL-2.0-or-later
""""Clicks first, then nearest the view": the one order of work that follows the user, for the encoder's chips (a
view session's scheduler, an encode's first_at) and QGIS's tile fetch of a web layer (geo_sam_plugin's TileFetcher).
Plain Python, no lock of its own: a caller that changes it from another thread holds its own lock."""

from __future__ import annotations

from typing import Callable, Hashable, Iterable


class NearestFirst:
    """Picks the next of the pending items: those asked for first (ask_first, oldest first), then the one whose centre
    is nearest `centre`, ties (and no centre) by the smallest key. centre_of(key) is an item's centre, in the same
    units as `centre` ((col, row) on a pixel or tile grid)."""

    def __init__(self, centre_of: Callable[[Hashable], tuple[float, float]]) -> None:
        self.centre_of = centre_of
        self.front: list = []  # keys asked for first, oldest first
        self.centre: tuple[float, float] | None = None

    def ask_first(self, key) -> None:
        if key not in self.front:
            self.front.append(key)

    def distance(self, key) -> float:
        """From the item's centre to `centre`, squared (0 without a centre)."""
        if self.centre is None:
            return 0.0
        col, row = self.centre_of(key)
        return (col - self.centre[0]) ** 2 + (row - self.centre[1]) ** 2

    def pick(self, pending: Iterable):
        """The key to take next of `pending` (a set or a dict of keys; not empty). Asked-for keys that are not pending
        (done already, or elsewhere) are dropped on the way."""
        while self.front:
            key = self.front.pop(0)
            if key in pending:
                return key
        return min(pending, key=lambda key: (self.distance(key), key))

    def sorted(self, keys: Iterable) -> list:
        """All of keys in the order pick would take them with nothing asked for first."""
        return sorted(keys, key=lambda key: (self.distance(key), key))
