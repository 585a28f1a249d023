# syntax=docker/dockerfile:1
# One image for every part of the hub: `docker run continuum <command>` runs a subgraph (people,
# councils, health, support, training), the gateway, the dashboard, a partner, or the one-shot
# migrate and keys jobs (deploy/services.ts lists them; --help prints them).
#
#   docker build -t continuum .                      production: no demo code, no dev packages; the dashboard
#                                                    signs readers in through the identity provider
#   docker build -t continuum:demo --target demo .   adds the demo region (CONTINUUM_SEED=on) and the demo commissioner
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS base
ENV APOLLO_TELEMETRY_DISABLED=1 TURBO_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1 PRISMA_HIDE_UPDATE_MESSAGE=1 \
    NPM_CONFIG_UPDATE_NOTIFIER=false NPM_CONFIG_FUND=false NPM_CONFIG_AUDIT=false
WORKDIR /app

# Everything, development tools included: Prisma's clients are generated (postinstall) and the
# dashboard is built here, then each target's run-time tree is assembled from the result.
FROM base AS build
COPY . .
RUN npm install && npm run build --workspace @continuum/dashboard
RUN node --import tsx deploy/docker/assemble.ts production /out/production && node --import tsx deploy/docker/assemble.ts demo /out/demo \
 && cp -R dashboard/dist /out/production/dashboard/dist && cp -R dashboard/dist /out/demo/dashboard/dist

# Run-time packages only: the assembled manifests have no devDependencies and no dev-only workspaces.
FROM base AS production-modules
COPY --from=build /out/production /app
RUN npm install --omit=dev --ignore-scripts && npm cache clean --force

FROM base AS demo-modules
COPY --from=build /out/demo /app
RUN npm install --omit=dev --ignore-scripts && npm cache clean --force

# tini is PID 1: it hands the platform's SIGTERM to Node, whose services drain and exit on it,
# and reaps any child. The services listen on every interface of the container.
FROM base AS runtime
RUN apt-get update && apt-get install -y --no-install-recommends tini && rm -rf /var/lib/apt/lists/* \
 && install -d -o node -g node /var/lib/continuum/registry
ENV NODE_ENV=production CONTINUUM_HOST=0.0.0.0 GATEWAY_HOST=0.0.0.0 DASHBOARD_HOST=0.0.0.0 \
    CONTINUUM_KEYS_DIR=/run/secrets/continuum-keys LOG_LEVEL=info
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 CMD ["node", "deploy/healthcheck.mjs"]
ENTRYPOINT ["/usr/bin/tini", "--", "node", "--import", "tsx", "deploy/service.ts"]
CMD ["--help"]

# The demo hub: the production services plus the demo region's seeding (and the dashboard's demo commissioner).
FROM runtime AS demo
COPY --from=demo-modules --chown=root:root /app /app
USER node

# The default target, last: what an integrated care system deploys.
FROM runtime AS production
COPY --from=production-modules --chown=root:root /app /app
USER node
