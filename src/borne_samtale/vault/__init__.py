"""Everything on disk: keys, the encrypted database, migrations, repositories, audit log."""
