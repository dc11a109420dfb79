"""Run Dragoman from a source checkout: `python main.py [FILE]`, the same as the `dragoman` command."""

import sys

from dragoman.cli import main

if __name__ == "__main__":
    sys.exit(main())
