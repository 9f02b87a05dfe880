"""The inbox pane: mentions, replies and quotes from every account, threaded, answered in place."""
