"""Hand-written helpers and vendor flows beside the generated code (e.g. `lib.jsonapi`, BettrData's
`lib.cognito` and `lib.counts`, Narrative's `lib.oauth`), built on the package's runtime."""
