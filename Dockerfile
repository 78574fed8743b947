# syntax=docker/dockerfile:1
# Quayside on the compiled build. One image for every role: the command picks it
# (`start --role gateway|worker|scheduler|all`, or any other `crm` command such as `migrate` or `backup`).
#   docker build -t quayside .                              # no browser (Telegram, Slack)
#   docker build -t quayside --build-arg WITH_CHROMIUM=true .  # + Chromium for the WhatsApp gateway

# 1. dependencies (dev ones too: the build needs esbuild; postinstall generates the Prisma client offline)
FROM node:20-bookworm-slim AS deps
WORKDIR /app
ENV PUPPETEER_SKIP_DOWNLOAD=1
COPY package.json package-lock.json .puppeteerrc.cjs ./
COPY stubs ./stubs
COPY scripts/prisma-generate.mjs ./scripts/
COPY prisma ./prisma
RUN npm ci --no-audit --no-fund

# 2. build: src/ → dist/cli.js, then drop the dev dependencies
FROM deps AS build
COPY tsconfig.json ./
COPY src ./src
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

# 3. runtime: node, the bundle, production node_modules, the migrations (applied at every start)
FROM node:20-bookworm-slim AS runtime
ARG WITH_CHROMIUM=false
# CJK glyphs for quote PDFs and report charts; Chromium only where WhatsApp runs
RUN apt-get update \
 && apt-get install -y --no-install-recommends fonts-wqy-microhei tini \
 && if [ "$WITH_CHROMIUM" = "true" ]; then apt-get install -y --no-install-recommends chromium; fi \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production \
    LOG_FORMAT=json \
    HEALTH_PORT=9464 \
    DATA_DIR=/data \
    CHROMIUM_PATH=/usr/bin/chromium
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY bin ./bin
COPY --from=build /app/prisma ./prisma
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME /data
EXPOSE 9464
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.HEALTH_PORT||9464)+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# tini forwards SIGTERM to node (PID 1 would otherwise ignore it) so a stop drains
# bin/crm: node on dist/cli.js with the lean memory settings (see the script)
ENTRYPOINT ["tini", "--", "bin/crm"]
CMD ["start", "--role", "all"]
