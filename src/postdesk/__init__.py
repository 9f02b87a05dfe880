"""Postdesk: draft, schedule and publish posts to your own social accounts, locally."""

__version__ = "0.1.0"
