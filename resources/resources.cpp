// Anchor for the bundled resources (templates, sample app, catalog, icons).
