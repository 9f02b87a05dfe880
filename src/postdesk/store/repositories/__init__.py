"""Repositories: the store's public API. They take a `Database` and return `core.entities`."""

from postdesk.store.repositories.accounts import AccountRepository
from postdesk.store.repositories.activity import ActivityEntry, ActivityRepository
from postdesk.store.repositories.media import MediaAsset, MediaRepository
from postdesk.store.repositories.posts import PostRepository
from postdesk.store.repositories.settings import SettingsRepository

__all__ = [
    "AccountRepository",
    "ActivityEntry",
    "ActivityRepository",
    "MediaAsset",
    "MediaRepository",
    "PostRepository",
    "SettingsRepository",
]
