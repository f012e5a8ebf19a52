"""Benchmarks for shelter_desk. `make bench` runs them and rewrites docs/performance.md."""
