"""``python -m visualnet``: the same as the ``visualnet`` command."""
from visualnet.app.main import main

raise SystemExit(main())
