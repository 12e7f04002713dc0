"""Addresses no endpoint answers still get JSON under /api/ (a script never has to parse HTML)."""

import pytest


@pytest.mark.parametrize(
    "url", ["/api/v1/annotations/abc/", "/api/v1/documents/1x/sentences/", "/api/v1/incidents/-1/", "/api/v1/nothing/"]
)
def test_unknown_api_addresses_answer_json_404(client_for, annotator, url):
    response = client_for(annotator).get(url)
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert "No API endpoint or object" in response.json()["detail"]


def test_unknown_pages_stay_html(client_for, annotator):
    response = client_for(annotator).get("/no-such-page/")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("text/html")
