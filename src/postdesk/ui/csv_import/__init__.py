"""Posts from and to CSV files: the import dialog with its preview of every problem, and the export (issue 13.10)."""
