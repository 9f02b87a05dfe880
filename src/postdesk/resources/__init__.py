"""Bundled resources: single-colour SVG icons (tinted at run time from the palette)."""
