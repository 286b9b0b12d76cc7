// The layer cache explorer's starting points: Dockerfiles that do and do not use the build cache well,
// each with a small build context (sizes are plausible for a tiny project) and a .dockerignore.
import type { ContextFile } from './build.ts';

export type LayerExample = {
  id: string;
  dockerfile: string;
  dockerignore: string;
  context: ContextFile[];
  /** The file selected first: the everyday edit. */
  changed: string;
};

const KB = 1_000;

const nodeContext: ContextFile[] = [
  { path: 'package.json', bytes: 1 * KB },
  { path: 'package-lock.json', bytes: 60 * KB },
  { path: 'src/server.js', bytes: 4 * KB },
  { path: 'src/routes.js', bytes: 6 * KB },
  { path: 'README.md', bytes: 3 * KB },
  { path: 'node_modules/express/index.js', bytes: 2_000 * KB },
  { path: '.git/HEAD', bytes: 1 * KB },
  { path: 'Dockerfile', bytes: 1 * KB },
  { path: '.dockerignore', bytes: 1 * KB },
];
const nodeIgnore = 'node_modules\n.git\n*.md\n';

export const LAYER_EXAMPLES: LayerExample[] = [
  {
    id: 'node-unfriendly',
    dockerfile: ['FROM node:24-alpine', 'WORKDIR /app', 'COPY . .', 'RUN npm ci', 'EXPOSE 3000', 'CMD ["node", "src/server.js"]', ''].join('\n'),
    dockerignore: nodeIgnore,
    context: nodeContext,
    changed: 'src/server.js',
  },
  {
    id: 'node-friendly',
    dockerfile: [
      'FROM node:24-alpine',
      'WORKDIR /app',
      'COPY package*.json ./',
      'RUN npm ci --omit=dev',
      'COPY . .',
      'USER node',
      'EXPOSE 3000',
      'CMD ["node", "src/server.js"]',
      '',
    ].join('\n'),
    dockerignore: nodeIgnore,
    context: nodeContext,
    changed: 'src/server.js',
  },
  {
    id: 'python-unfriendly',
    dockerfile: ['FROM python:3.12-slim', 'WORKDIR /app', 'COPY . .', 'RUN pip install -r requirements.txt', 'CMD ["python", "app.py"]', ''].join('\n'),
    dockerignore: '.git\n.venv\n__pycache__\n',
    context: [
      { path: 'requirements.txt', bytes: 1 * KB },
      { path: 'app.py', bytes: 5 * KB },
      { path: 'README.md', bytes: 3 * KB },
      { path: '.venv/bin/python', bytes: 30 * KB },
      { path: 'Dockerfile', bytes: 1 * KB },
    ],
    changed: 'app.py',
  },
  {
    id: 'python-friendly',
    dockerfile: [
      'FROM python:3.12-slim',
      'WORKDIR /app',
      'COPY requirements.txt .',
      'RUN pip install --no-cache-dir -r requirements.txt',
      'COPY app.py .',
      'USER 10001',
      'CMD ["python", "app.py"]',
      '',
    ].join('\n'),
    dockerignore: '.git\n.venv\n__pycache__\n',
    context: [
      { path: 'requirements.txt', bytes: 1 * KB },
      { path: 'app.py', bytes: 5 * KB },
      { path: 'README.md', bytes: 3 * KB },
      { path: '.venv/bin/python', bytes: 30 * KB },
      { path: 'Dockerfile', bytes: 1 * KB },
    ],
    changed: 'app.py',
  },
  {
    id: 'go-multi-stage',
    dockerfile: [
      'FROM golang:1.27 AS build',
      'WORKDIR /src',
      'COPY go.mod go.sum ./',
      'RUN go mod download',
      'COPY . .',
      'RUN CGO_ENABLED=0 go build -o /out/server .',
      '',
      'FROM gcr.io/distroless/static-debian13:nonroot',
      'COPY --from=build /out/server /server',
      'ENTRYPOINT ["/server"]',
      '',
    ].join('\n'),
    dockerignore: '*\n!go.mod\n!go.sum\n!**/*.go\n',
    context: [
      { path: 'go.mod', bytes: 1 * KB },
      { path: 'go.sum', bytes: 20 * KB },
      { path: 'main.go', bytes: 6 * KB },
      { path: 'handlers/health.go', bytes: 2 * KB },
      { path: 'README.md', bytes: 3 * KB },
      { path: 'Dockerfile', bytes: 1 * KB },
    ],
    changed: 'main.go',
  },
];
