"""Viewing and exporting: filtered events → timeline figures, images and data files."""
