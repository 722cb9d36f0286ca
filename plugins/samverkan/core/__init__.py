"""The engine-agnostic core: content model, checks, languages, URLs, dates.

Nothing in this package imports MkDocs (a test makes sure).
"""
