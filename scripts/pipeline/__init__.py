"""The pipeline from `specs/<vendor>.yaml` to the installable client in `generated/<vendor>/`.

Run it with `python -m scripts.pipeline` (the Makefile does). Its steps, one module each:
`spec_source` loads a spec keeping line numbers, `validation` checks it, `generator_view` adapts it to
openapi-python-client's limits, `build` generates a client into a staging folder, `swap` puts that folder in
place atomically, `fingerprint` decides what is out of date, and `drift` compares a fresh build with
`generated/`.
"""
