"""Dataset exports and releases, the whole path of a row in one folder.

- ``rows``: columns, pseudonymous ids, the split, JSONL and CSV rendering (pure, no database);
- ``queries``: the one-pass queries that read the rows (the database renders what it can);
- ``services``: who may export what, with which filters and options (``export_build``);
- ``releases``: exports saved as files, served only while they still match their SHA-256;
- ``views``: the API endpoints under /api/v1/exports/ and /api/v1/releases/.
"""
