"""Serializers of the API, split along the domain."""
