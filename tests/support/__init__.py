"""What the tests share: constants, builders of conversations and vaults, drivers run in
child processes, and checks used by more than one test module. No tests and no fixtures."""
