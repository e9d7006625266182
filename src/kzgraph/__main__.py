"""Allow ``python -m kzgraph``."""

from kzgraph.cli import main

if __name__ == "__main__":
    main()
