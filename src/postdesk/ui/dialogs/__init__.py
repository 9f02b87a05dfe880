"""Dialogs that reach the publishing engine: delete a published post, resolve a lost answer."""
