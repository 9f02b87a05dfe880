"""media_library."""
