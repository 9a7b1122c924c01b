# syntax=docker/dockerfile:1
# Partner Support bot: a small runtime image with the compiled JavaScript only.
#   docker build -t partner-support-bot .
#   docker run -p 127.0.0.1:3978:3978 -v partner-bot-data:/data --env-file .env partner-support-bot
# See docs/deploying.md.
ARG NODE_VERSION=24

# --- build: every dependency, TypeScript -> dist/, then drop the dev dependencies -------------
FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY src ./src
COPY dialogs ./dialogs
RUN npm run build && npm prune --omit=dev

# --- runtime: node, production dependencies and dist/, as the unprivileged `node` user --------
FROM node:${NODE_VERSION}-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3978 \
    DATA_FILE=/data/db.json
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# The embedded store (and its journal and lock) lives on the volume; with DATABASE_URL it stays empty.
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3978
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3978) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node is PID 1 and handles SIGTERM itself (docker stop): it stops accepting and finishes the
# turns in flight (up to 10 s; compose.yaml allows 20 s before SIGKILL).
STOPSIGNAL SIGTERM
# The node flags of `npm start` (a test keeps the two the same): a young generation of 2 x 8 MB
# and an old generation that grows to 2.5 times what survived its last full GC; see docs/performance.md.
CMD ["node", "--max-semi-space-size=8", "--heap-growing-percent=150", "dist/src/main.js"]
