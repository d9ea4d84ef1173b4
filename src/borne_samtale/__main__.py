from borne_samtale.launch import main

raise SystemExit(main())
