"""Pagination: cursors for the large, growing lists (annotations, sentences), limit/offset elsewhere."""

from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.pagination import CursorPagination, LimitOffsetPagination

MAX_PAGE_SIZE = 500


class CursorPage(CursorPagination):
    """Stable pages while rows are added, and no COUNT(*) over a large table."""

    page_size = 100
    page_size_query_param = "page_size"
    max_page_size = MAX_PAGE_SIZE
    ordering = "id"

    def decode_cursor(self, request):
        # A mangled cursor is a bad parameter (400 naming it), not a missing page (DRF says 404).
        try:
            return super().decode_cursor(request)
        except NotFound:
            raise ValidationError(
                {self.cursor_query_param: ["Invalid cursor: use the next and previous links exactly as given."]}
            ) from None

    def get_page_size(self, request):
        return _whole_number(request, self.page_size_query_param, self.page_size, maximum=self.max_page_size)

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            if parameter["name"] == self.page_size_query_param:
                parameter["schema"]["minimum"] = 1
        return parameters


class LimitOffsetPage(LimitOffsetPagination):
    default_limit = 100
    max_limit = MAX_PAGE_SIZE

    def get_limit(self, request):
        return _whole_number(request, self.limit_query_param, self.default_limit, maximum=self.max_limit)

    def get_offset(self, request):
        return _whole_number(request, self.offset_query_param, 0, minimum=0)

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            parameter["schema"]["minimum"] = 1 if parameter["name"] == self.limit_query_param else 0
        return parameters


def _whole_number(request, name: str, default: int, *, minimum: int = 1, maximum: int | None = None) -> int:
    """A paging parameter as given, or a 400 naming it: never silently the default (``limit=false``)."""
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        return default
    if not raw.isascii() or not raw.isdigit() or int(raw) < minimum or len(raw) > 18:
        raise ValidationError({name: [f"Give a whole number of at least {minimum}; got {raw!r}."]})
    value = int(raw)
    return min(value, maximum) if maximum else value
