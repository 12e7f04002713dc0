"""Accounts: API tokens that expire and are revoked with the password, and sign-in protection."""
