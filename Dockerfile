# syntax=docker/dockerfile:1
# The course site, built the way the course teaches: a multi-stage build, pinned bases, the dependency
# manifests before the sources, a non-root static server on a small base, and a HEALTHCHECK that can run there.

# glibc, like the machines the build is tested on (Astro's native parsers ship glibc and musl builds; glibc is the one we test).
FROM node:24-trixie-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# The workshop server (`docker build --target workshop .`): the same built site plus the live API, one Node
# process that runs its TypeScript as is (Node 24 strips types) and needs no node_modules. Its SQLite database
# lives in /data: mount a volume there.
FROM node:24-trixie-slim AS workshop
WORKDIR /app
ENV NODE_ENV=production
COPY package.json ./
COPY --from=build /src/src ./src
COPY --from=build /src/dist ./dist
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 8080
# Node is the only tool the image has, so it runs the check itself: exit 0 only when /api/health answers 2xx.
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 CMD ["node", "-e", "fetch('http://127.0.0.1:8080/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "src/features/workshop/server/main.ts", "--port", "8080", "--data", "/data", "--site", "dist"]

# The static site (the default target): nginx, no Node at run time.
FROM nginx:1.30-alpine
COPY deploy/nginx.conf /etc/nginx/nginx.conf
COPY deploy/security-headers.conf /etc/nginx/security-headers.conf
COPY --from=build /src/dist /usr/share/nginx/html
USER nginx
EXPOSE 8080
# busybox wget ships with the Alpine base: the check needs no shell and nothing extra.
HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --retries=3 CMD ["wget", "-q", "--spider", "http://127.0.0.1:8080/health"]
CMD ["nginx", "-g", "daemon off;"]
