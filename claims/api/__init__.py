"""REST API (Django REST framework, OpenAPI by drf-spectacular). Endpoints are thin: reads
through querysets decided here, workflow writes through claims.services and sources.services,
so the API obeys exactly the rules of the UI."""
