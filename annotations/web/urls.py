from django.contrib.auth import views as auth_views
from django.urls import path

from annotations.web import dashboard_views, export_preview, incident_duplicates, project_views, views

urlpatterns = [
    path("", views.home, name="home"),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("documents/", views.document_list, name="document-list"),
    path("documents/import/", views.document_import, name="document-import"),
    path("documents/<int:document_id>/annotate/", views.annotate, name="annotate"),
    path("documents/<int:document_id>/finish/", views.finish, name="document-finish"),
    path("documents/next-assigned/", views.next_assigned, name="next-assigned"),
    path("projects/", project_views.project_list, name="project-list"),
    path("projects/<int:project_id>/", project_views.project_detail, name="project-detail"),
    path("review/", views.review_queue, name="review-queue"),
    path("review/adjudicate/<int:sentence_id>/", views.adjudicate, name="adjudicate"),
    path("incidents/", views.incident_list, name="incident-list"),
    path("incidents/duplicates/", incident_duplicates.incident_duplicate_list, name="incident-duplicates"),
    path("incidents/<int:incident_id>/", views.incident_detail, name="incident-detail"),
    path("exports/", views.exports, name="exports"),
    path("exports/preview/", export_preview.export_preview, name="export-preview"),
    path("agreement/", dashboard_views.agreement, name="agreement"),
    path("projects/<int:project_id>/dashboard/", dashboard_views.dashboard, name="project-dashboard"),
]
