"""Reusable widgets: scale, three houses, network map, interpreter panel."""
