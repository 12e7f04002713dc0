"""The WSGI application gunicorn serves (``make run``). Each worker loads all the code before its
first request and keeps it out of the garbage collector's sight (``workbench.memory``)."""

import os

from django.core.wsgi import get_wsgi_application

from workbench.memory import load_code_and_freeze

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "workbench.settings")
application = get_wsgi_application()
load_code_and_freeze()
