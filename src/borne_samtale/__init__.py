"""Børnesamtale: an offline guide and encrypted notebook for conversations with children."""

__version__ = "0.1.0"
