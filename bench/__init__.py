"""The samverkan benchmark: ``make bench`` or ``python -m bench``.

Modules:

- :mod:`bench.vocabulary`, :mod:`bench.prose`, :mod:`bench.corpus`: the seeded
  corpus generator (same seed and N, same bytes);
- :mod:`bench.sites`: the two sites built from a corpus (ours and bare MkDocs)
  and their configurations;
- :mod:`bench.measure`: one measured ``mkdocs build`` in a child process;
- :mod:`bench.profiling`: one build under cProfile, broken down by area;
- :mod:`bench.full_build`: the full-build measurement (ours against bare, pairwise);
- :mod:`bench.report`, :mod:`bench.machine`: the table, the JSON and its context;
- :mod:`bench.__main__`: the command line.

A further measurement (e.g. the preview time under ``mkdocs serve``) is a new
module beside :mod:`bench.full_build` that reuses the generator and the sites,
plus an option in :mod:`bench.__main__`.
"""
