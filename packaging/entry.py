"""The frozen app's entry script: PyInstaller runs it as a top-level script, so it imports the package.

``sp_desktop/__main__.py`` uses relative imports and cannot itself be the script; this calls its
``main`` (GUI without arguments or with one project file, the command line with a subcommand).
"""

import sys

from sp_desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
