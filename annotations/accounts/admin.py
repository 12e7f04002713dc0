from django.contrib import admin

from annotations.accounts.models import ApiToken


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ("token_key", "user", "name", "created", "expiry", "last_used")
    list_filter = ("created",)
    search_fields = ("user__username", "name", "token_key")
    readonly_fields = ("digest", "token_key", "user", "name", "created", "expiry", "last_used", "password_fingerprint")

    def has_add_permission(self, request) -> bool:
        return False  # tokens are issued through the API, which shows the clear text once
