"""The embedded sample: a deterministic generator of a fictional region in the open-data format."""
