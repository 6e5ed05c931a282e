#!/bin/sh
# Starts lexdraft in the container:
#     java @jvm.options $JAVA_OPTS $JAVA_OPTS_APPEND -jar quarkus-run.jar
# Before that it refuses to start with a secret that still holds a template placeholder
# (deploy/kubernetes/templates/lexdraft-secrets.yaml marks them REPLACE...), so that a forgotten
# template never becomes a known password.
set -eu

for name in QUARKUS_DATASOURCE_PASSWORD LEXDRAFT_ADMIN_PASSWORD; do
    eval "value=\${${name}:-}"
    case "${value}" in
        *REPLACE*)
            echo "lexdraft: ${name} still holds a template placeholder (REPLACE...); set a real secret." >&2
            exit 64
            ;;
    esac
done
unset value

# jvm.options (deploy/jvm.options) first, so that JAVA_OPTS and JAVA_OPTS_APPEND can override it;
# those two are split into words on purpose (several options each).
# shellcheck disable=SC2086
exec java @/deployments/jvm.options ${JAVA_OPTS:-} ${JAVA_OPTS_APPEND:-} -jar /deployments/quarkus-run.jar "$@"
