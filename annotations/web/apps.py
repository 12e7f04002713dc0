from django.apps import AppConfig


class WebConfig(AppConfig):
    """The pages: an app of their own so that their templates/ and static/ folders are found."""

    name = "annotations.web"
    label = "workbench_web"
    verbose_name = "Workbench pages"
