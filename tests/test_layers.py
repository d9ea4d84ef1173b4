"""domain/ and guides/ stay pure: they import with Qt, SQLCipher and reportlab blocked."""

import subprocess
import sys

BLOCKER = """
import sys
class Block:
    BLOCKED = ("PySide6", "shiboken6", "sqlcipher3", "reportlab", "pyhanko", "pikepdf")
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in self.BLOCKED:
            raise ImportError("blocked in this test: " + name)
        return None
sys.meta_path.insert(0, Block())
import borne_samtale.domain, borne_samtale.domain.age, borne_samtale.domain.labels
import borne_samtale.guides
from borne_samtale.guides import load_guides
from borne_samtale.resources import guides_dir
load_guides(guides_dir())
loaded = sorted(m for m in sys.modules if m.split(".")[0] in Block.BLOCKED)
assert not loaded, loaded
print("pure")
"""


def test_domain_and_guides_import_without_qt_sqlcipher_or_reportlab() -> None:
    result = subprocess.run(
        [sys.executable, "-c", BLOCKER], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "pure"


def test_the_blocker_really_blocks() -> None:
    probe = BLOCKER.replace(
        "import borne_samtale.domain,", "import sqlcipher3\nimport borne_samtale.domain,"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode != 0
    assert "blocked in this test: sqlcipher3" in result.stderr
