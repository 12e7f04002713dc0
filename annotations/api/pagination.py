"""Pagination: cursors for the large, growing lists (annotations, sentences), limit/offset elsewhere."""

from rest_framework.pagination import CursorPagination, LimitOffsetPagination

MAX_PAGE_SIZE = 500


class CursorPage(CursorPagination):
    """Stable pages while rows are added, and no COUNT(*) over a large table."""

    page_size = 100
    page_size_query_param = "page_size"
    max_page_size = MAX_PAGE_SIZE
    ordering = "id"


class LimitOffsetPage(LimitOffsetPagination):
    default_limit = 100
    max_limit = MAX_PAGE_SIZE
