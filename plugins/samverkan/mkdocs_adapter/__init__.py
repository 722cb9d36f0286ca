"""The MkDocs plugin: the only part of samverkan that imports MkDocs."""
