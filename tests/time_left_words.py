"""The shape of the time-left words (`zone_tools.time_left.say_left`), for the tests that see them in a
real edit, where the number depends on how fast this machine runs."""

from __future__ import annotations

import re

LEFT = re.compile(r"(a few seconds|about \d+ s|about \d+ min) left")
"""Any estimate's words, e.g. "about 2 min left"."""
