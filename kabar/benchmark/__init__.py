"""Benchmark support: a synthetic news corpus generator and the measurements `make bench` prints."""
