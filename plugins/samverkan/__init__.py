"""samverkan: bilingual knowledge-and-news sites for coordination networks.

``samverkan.core`` holds the content model and never imports a site engine;
``samverkan.mkdocs_adapter`` is the MkDocs plugin over it; ``samverkan.cli`` is
the authors' command line; ``theme/`` holds the Material template overrides.
"""

__version__ = "0.1.0"
