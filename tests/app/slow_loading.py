"""A dataset-reading child on a slow disk, for tests: it reads only once the gate file exists."""
from __future__ import annotations

import os
import time

from visualnet.app.processes import loading


def run(job, channel, inbox) -> None:
    gate = os.environ["VISUALNET_TEST_GATE"]
    while not os.path.exists(gate):
        time.sleep(0.01)
    loading.run(job, channel, inbox)
