#!/bin/sh
# Run once by the postgres image when it creates the database (docker-compose.yml mounts this
# folder at /docker-entrypoint-initdb.d): the role the application connects as. The tables belong
# to POSTGRES_USER, who runs the migrations; migration V7 grants this role what it needs.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<SQL
CREATE ROLE zhengtong_app LOGIN PASSWORD '${APP_DB_PASSWORD}' NOSUPERUSER NOCREATEDB NOCREATEROLE;
SQL
