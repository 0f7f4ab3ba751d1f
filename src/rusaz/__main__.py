"""``python -m rusaz`` runs the command line."""

import sys

from rusaz.cli import main

sys.exit(main())
