"""The Queues pane: named posting schedules and the posts waiting in them."""
