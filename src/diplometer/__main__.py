"""`python -m diplometer` runs the command line."""
from diplometer.cli import app

app()
