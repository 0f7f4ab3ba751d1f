"""Extractors: one pure function per kind of fact."""
