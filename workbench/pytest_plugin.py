"""Loaded by pytest (entry point in pyproject.toml) before Django starts: the test environment.

Tests run like a deployment (DEBUG off), which needs a SECRET_KEY; this gives them a throwaway one.
"""
import os

os.environ.setdefault("SECRET_KEY", "test-only-secret-key-not-for-deployment")
