"""Postdesk's look: design tokens (`tokens`), network marks (`marks`) and Qt helpers (`style`).

Panes take spacing, type sizes, radii and colours from here instead of writing numbers and hex
codes of their own; `ui/theme.py` builds the application's palette and style sheet from the same
tokens, so a pane that follows the palette or the style sheet's `tone`/`banner` properties follows
the theme too.
"""
