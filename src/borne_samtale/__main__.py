from borne_samtale.cli import main

raise SystemExit(main())
