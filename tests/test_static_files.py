"""Static files work before `collectstatic` (fresh clone) and are hashed after it (deployment)."""

import pytest
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.management import call_command
from django.templatetags.static import static


def test_without_collectstatic_pages_link_the_plain_names():
    assert static("annotations/workbench.css") == "/static/annotations/workbench.css"


@pytest.fixture
def collected(tmp_path, settings):
    settings.STATIC_ROOT = tmp_path
    call_command("collectstatic", interactive=False, verbosity=0)
    # The storage read the manifest when it was made, before there was one: reload it, as a restart would.
    staticfiles_storage.hashed_files, staticfiles_storage.manifest_hash = staticfiles_storage.load_manifest()
    return tmp_path


def test_collectstatic_writes_hashed_compressed_files_and_pages_link_them(collected):
    assert (collected / "staticfiles.json").exists()
    url = static("annotations/workbench.css")
    assert url.startswith("/static/annotations/workbench.") and url != "/static/annotations/workbench.css"
    hashed = collected / url.removeprefix("/static/")
    assert hashed.exists()
    assert hashed.with_name(hashed.name + ".gz").exists()


def test_scripts_imported_by_plain_name_are_collected_too(collected):
    annotate = collected / static("annotations/js/annotate.js").removeprefix("/static/")
    imports = [line for line in annotate.read_text().splitlines() if line.startswith("import ")]
    assert imports
    for line in imports:
        target = line.split(' from "')[1].split('"')[0]  # "./api.js"
        assert (annotate.parent / target).exists(), line
