"""``python -m visualnet``: the same as the ``visualnet`` command.

The guard matters: training runs in a spawned child process, which imports this module again.
"""
from visualnet.app.main import main

if __name__ == "__main__":
    raise SystemExit(main())
