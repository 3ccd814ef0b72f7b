"""`python -m diplometer` runs the command line."""
from diplometer.cli import app

if __name__ == "__main__":
    app()
