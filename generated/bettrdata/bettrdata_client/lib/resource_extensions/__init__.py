"""Hand-written methods added to the client object's resources: `<tag>.py` holds `<Tag>Extension` and
`Async<Tag>Extension`, which the generated `<Tag>Resource` classes inherit (see overrides/README.md)."""
