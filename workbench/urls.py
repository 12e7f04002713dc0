from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/v1/", include("annotations.api.urls")),
    path("", include("annotations.web.urls")),
]

handler404 = "workbench.errors.not_found"
handler500 = "workbench.errors.server_failed"
