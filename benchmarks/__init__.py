"""Benchmarks: timings measured side by side in one run and printed as ratios. Run with `make bench`."""
