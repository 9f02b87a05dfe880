"""The frozen entry point: the same `main` as the `postdesk` console script and `python -m postdesk`."""

import multiprocessing
import sys

from postdesk.__main__ import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # harmless when unused; needed if a worker process is ever spawned
    sys.exit(main())
