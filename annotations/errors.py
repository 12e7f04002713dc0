"""Domain errors the services raise; the API's exception handler maps them to HTTP, and the pages
put them in words (``error_words``).

Bad input is Django's ``ValidationError`` (400) and a forbidden act is Django's
``PermissionDenied`` (403); these two cover what is left.
"""


class Conflict(Exception):
    """The request is valid but the current state forbids it (HTTP 409)."""

    def __init__(self, message: str, *, current: dict | None = None):
        super().__init__(message)
        self.message = message
        self.current = current or {}


class StaleVersion(Conflict):
    """An update named a version that is no longer the stored one."""


class IllegalTransition(Conflict):
    """A review state change that the transition table does not allow from the current state."""


def error_words(error: Exception) -> str:
    """What a refused form or action says to a person: the messages of a ValidationError, the message of
    a Conflict or PermissionDenied, in one line."""
    from django.core.exceptions import ValidationError

    if isinstance(error, ValidationError) and hasattr(error, "message_dict"):
        return " ".join(message for messages_ in error.message_dict.values() for message in messages_)
    if isinstance(error, ValidationError):
        return " ".join(error.messages)
    return getattr(error, "message", None) or str(error)
