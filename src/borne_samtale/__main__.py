"""``python -m borne_samtale``: start the program as the ``borne-samtale`` script does."""

from borne_samtale.launch import main

raise SystemExit(main())
