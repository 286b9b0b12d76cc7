// Examiner answers (written from the exercise text only): realistic right and wrong learner answers.
import { describe } from 'vitest';
import { answerTable } from '../grading.ts';

const aptOk = `RUN apt-get update \\
 && apt-get install -y --no-install-recommends python3 python3-pip \\
 && rm -rf /var/lib/apt/lists/*
`;
const pipOk = `WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir --break-system-packages -r requirements.txt
COPY . .
`;

describe('examiner: spot-the-bugs', () => {
  answerTable('spot-the-bugs', {
    accepted: [
      ['the hinted fix on node:24-trixie-slim', `FROM node:24-trixie-slim
${aptOk}${pipOk}CMD ["npm", "start"]
`],
      ['a virtualenv instead of --break-system-packages', `FROM node:24-trixie-slim
RUN apt-get update \\
 && apt-get install -y --no-install-recommends python3 python3-pip python3-venv \\
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt .
RUN python3 -m venv /opt/venv && /opt/venv/bin/pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["npm", "start"]
`],
      ['PIP_BREAK_SYSTEM_PACKAGES and pip3', `FROM node:24-trixie-slim
ENV PIP_BREAK_SYSTEM_PACKAGES=1
${aptOk}WORKDIR /app
COPY requirements.txt .
RUN pip3 install --no-cache-dir -r requirements.txt
COPY . .
CMD ["npm", "start"]
`],
      ['absolute path to the manifest, apt with --yes', `FROM node:24.11.1-trixie-slim
RUN apt-get update && apt-get install --yes python3 python3-pip && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt .
RUN pip install --break-system-packages -r /app/requirements.txt
COPY . .
CMD ["npm", "start"]
`],
      ['manifest copied to /tmp and read from there', `FROM node:24-bookworm-slim
${aptOk}WORKDIR /app
COPY requirements.txt /tmp/requirements.txt
RUN pip install --no-cache-dir --break-system-packages -r /tmp/requirements.txt
COPY . .
CMD ["npm", "start"]
`],
      ['heredoc apt step', `FROM node:24-trixie-slim
RUN <<EOF
set -e
apt-get update
apt-get install -y --no-install-recommends python3 python3-pip
rm -rf /var/lib/apt/lists/*
EOF
${pipOk}CMD ["npm", "start"]
`],
      ['python3-venv only (pip comes from its apt-installed wheel)', `FROM node:24-trixie-slim
RUN apt-get update \\
 && apt-get install -y --no-install-recommends python3 python3-venv \\
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt .
RUN python3 -m venv /opt/venv && /opt/venv/bin/pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["npm", "start"]
`],
    ],
    rejected: [
      ['CMD ["npm start"]', `FROM node:24-trixie-slim
${aptOk}${pipOk}CMD ["npm start"]
`, ['exec-form-cmd']],
      ['lists removed in a separate RUN', `FROM node:24-trixie-slim
RUN apt-get update && apt-get install -y --no-install-recommends python3 python3-pip
RUN rm -rf /var/lib/apt/lists/*
${pipOk}CMD ["npm", "start"]
`, ['apt-lists-removed']],
      ['pip still reads /requirements.txt', `FROM node:24-trixie-slim
${aptOk}WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir --break-system-packages -r /requirements.txt
COPY . .
CMD ["npm", "start"]
`, ['pip-requirements-path']],
      ['node:lts-slim', `FROM node:lts-slim
${aptOk}${pipOk}CMD ["npm", "start"]
`, ['valid-base-image']],
      ['an onbuild tag', `FROM node:22-onbuild
${aptOk}${pipOk}CMD ["npm", "start"]
`, ['valid-base-image']],
      ['no -y', `FROM node:24-trixie-slim
RUN apt-get update && apt-get install --no-install-recommends python3 python3-pip && rm -rf /var/lib/apt/lists/*
${pipOk}CMD ["npm", "start"]
`, ['apt-assume-yes']],
      ['-y on update only', `FROM node:24-trixie-slim
RUN apt-get -y update && apt-get install python3 python3-pip && rm -rf /var/lib/apt/lists/*
${pipOk}CMD ["npm", "start"]
`, ['apt-assume-yes']],
      ['system pip on Debian 13 without --break-system-packages', `FROM node:24-trixie-slim
${aptOk}WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["npm", "start"]
`, ['pip-requirements-path']],
      ['exec form wrapping a shell', `FROM node:24-trixie-slim
${aptOk}${pipOk}CMD ["sh", "-c", "npm start"]
`, ['exec-form-cmd']],
      ['cleanup of the wrong folder in the same RUN', `FROM node:24-trixie-slim
RUN apt-get update && apt-get install -y python3 python3-pip && rm -rf /var/cache/apt/lists
${pipOk}CMD ["npm", "start"]
`, ['apt-lists-removed']],
      ['no tag at all', `FROM node
${aptOk}${pipOk}CMD ["npm", "start"]
`, ['valid-base-image']],
    ],
  });
});
