"""Static files: hashed and compressed after `collectstatic`, plain names before it."""

from whitenoise.storage import CompressedManifestStaticFilesStorage


class WorkbenchStaticFilesStorage(CompressedManifestStaticFilesStorage):
    """WhiteNoise's manifest storage that still works where `collectstatic` has not run.

    A deployment runs `collectstatic`, which writes the manifest; pages then link the hashed,
    compressed files that can be cached forever. A fresh clone or a test run has no manifest: the
    plain names are linked and WhiteNoise serves them from the apps' static folders.

    Module imports inside the scripts (``import ... from "./api.js"``) keep their plain names:
    Django's rewriting of them (support_js_module_import_aggregation) fails on these scripts, and
    WhiteNoise serves the plain names too, with a short cache lifetime.
    """

    def stored_name(self, name: str) -> str:
        if not self.hashed_files:
            return name
        return super().stored_name(name)
