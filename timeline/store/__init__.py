"""Storing and validating: events.yaml loaded safely, checked, reconciled and written back."""
