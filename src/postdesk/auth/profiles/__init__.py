"""Per-network sign-in profiles: one module per network."""
