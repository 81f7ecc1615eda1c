"""`timeline extract` and `timeline evaluate`."""
