"""Breaking-change report for spec edits: `python -m scripts.specdiff [REF]` (`make diff`).

Each spec that differs from its version at REF (default: the last commit on main) is compared with it by Redocly
CLI's `diff` (the detector: pinned in package.json, direction-aware, rates every change major/minor/patch), and the
public API of the generated client at REF is compared with the one in `generated/` now. `git_source` reads files at
a ref, `detector` runs and reads Redocly's diff, `operations` names the operation a JSON pointer belongs to,
`client_api` lists a generated package's public names and signatures, `report` writes the lines people read.
"""
