"""Vendor modules: `<spec name>.py` defines `Vendor(apimock.Vendor)` for what the engine cannot infer."""
