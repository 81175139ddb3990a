"""The project's scripts. The regeneration pipeline is the `pipeline` package."""
