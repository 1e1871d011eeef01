#!/bin/bash
# Runs once, at the primary's first initialisation (docker-entrypoint-initdb.d): the official image lets 'all'
# databases in over the network, but replication connections match only 'replication' lines. The streaming replica
# (postgres-replica in compose.yaml) and pg_basebackup for backups connect so, with the password.
set -euo pipefail
echo "host replication ${POSTGRES_USER} all scram-sha-256" >> "$PGDATA/pg_hba.conf"
