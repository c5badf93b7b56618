"""SP Desktop: write, discuss, adopt and maintain Standar Pelayanan."""

__version__ = "0.1.0"
