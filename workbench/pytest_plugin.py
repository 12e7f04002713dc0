"""Loaded by pytest (entry point in pyproject.toml) before Django starts: the test environment.

Tests run like a deployment (DEBUG off), which needs a SECRET_KEY; this gives them a throwaway one.
The test client and the live server speak plain HTTP, so HTTPS redirects and secure-only cookies
are off unless a test asks for them (tests/test_deploy_settings.py checks the production set).
"""
import os

os.environ.setdefault("SECRET_KEY", "test-only-secret-key-not-for-deployment")
os.environ.setdefault("HTTPS", "0")
