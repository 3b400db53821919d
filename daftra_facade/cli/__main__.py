"""``python -m daftra_facade.cli``: the ``daftra`` command."""

from . import main

raise SystemExit(main())
