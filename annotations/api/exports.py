"""Routes of this module are added by the issue that builds it."""

urlpatterns: list = []
