"""Rendered reference docs: `python -m scripts.specdocs` (`make docs`).

Each spec in `specs/` becomes one self-contained HTML page, `docs-build/<vendor>/index.html`, rendered by Redocly
CLI's `build-docs` with Redoc's scripts inlined (so a page opens from disk, offline). `landing` writes
`docs-build/index.html` from `landing.html`, listing every vendor.
"""
