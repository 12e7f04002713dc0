"""Projects: who works on which documents, in which role, under which guidelines (issue 9).

``models`` holds the tables, ``access`` decides what a user may see (every read path filters
through it), ``assignment`` is the pure balanced-overlap planner, and ``services`` changes state.
"""
