"""The authors' command line (``samverkan``)."""
