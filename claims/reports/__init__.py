"""Fact-check reports and machine-readable exports: selectors gather one article's report
data in a fixed number of queries; one builder per output format renders it."""
