"""Spec linting with the tools the OpenAPI ecosystem uses: `python -m scripts.speclint`.

Every spec in `specs/` goes through three linters: the pipeline's validation (openapi-spec-validator, `$ref`s,
examples, links), Redocly CLI (`recommended`, configured in `redocly.yaml`) and Spectral (`spectral:oas` plus the
project's rules in `.spectral.yaml`). `findings` is what a problem looks like, `tools` runs one linter, `cache`
keeps each spec's result under `.build/speclint/` keyed by the digest of everything that can change it, and
`__main__` is the command line.
"""
