"""The Insights pane: metrics of published posts over a period, top posts, best times."""
