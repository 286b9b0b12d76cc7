import { testRule } from '../rule-tester.ts';

testRule('pin-pip-packages', {
  valid: [
    'FROM python:3.12-slim\nRUN pip install --no-cache-dir flask==3.0.3',
    { code: 'FROM python:3.12-slim\nRUN pip3 install --no-cache-dir "flask>=3,<4"', name: 'a version range' },
    { code: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir \'django~=5.0\' \'celery!=5.3.0\'', name: 'compatible and excluded versions' },
    { code: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir -r requirements.txt', name: 'a requirements file' },
    { code: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir --requirement=requirements/prod.txt', name: 'a requirements file, long option' },
    { code: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir -c constraints.txt flask', name: 'a constraints file decides the versions' },
    { code: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir .', name: 'the project itself' },
    { code: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir -e ./libs/shared', name: 'an editable local folder' },
    { code: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir ./dist/app-1.0-py3-none-any.whl dist/tool-2.1.tar.gz', name: 'local wheel and sdist' },
    { code: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir git+https://github.com/example/tool.git@v1.2.0', name: 'a VCS URL with a tag' },
    { code: 'FROM python:3.12-slim\nRUN python3 -m pip install --no-cache-dir "uvicorn[standard]==0.30.1"', name: 'python -m pip, with extras' },
    { code: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir --index-url https://pypi.example.com/simple internal-lib==2.1.0', name: 'the index URL is not a package' },
    { code: 'FROM python:3.12-slim\nRUN pipx install --python python3.12 "poetry==1.8.3"', name: 'pipx, and the --python value' },
    { code: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir $PIP_PACKAGES', name: 'packages held in a variable are unknown here' },
    'FROM python:3.12-slim\nRUN pipenv install requests',
    'FROM python:3.12-slim\nRUN pip download flask',
    'FROM python:3.12-slim\nRUN pip uninstall -y flask',
  ],
  invalid: [
    { code: 'FROM python:3.12-slim\nRUN pip install flask', errors: [{ messageId: 'unpinned', line: 2, column: 5, endLine: 2, endColumn: 22 }] },
    { code: 'FROM python:3.12-slim\nRUN pip3 install --upgrade pip', errors: [{ messageId: 'unpinned', line: 2, column: 5 }], name: 'upgrading pip itself' },
    { code: 'FROM python:3.12-slim\nRUN python -m pip install requests', errors: [{ messageId: 'unpinned', line: 2, column: 5 }], name: 'python -m pip' },
    { code: 'FROM python:3.12-slim\nRUN pip install git+https://github.com/example/tool.git', errors: [{ messageId: 'unpinned', line: 2, column: 5 }], name: 'a VCS URL without a ref' },
    {
      code: 'FROM python:3.12-slim\nRUN pip install git+ssh://git@github.com/example/tool.git#egg=tool',
      errors: [{ messageId: 'unpinned', line: 2, column: 5 }],
      name: 'the @ of the user name is not a ref',
    },
    { code: 'FROM python:3.12-slim\nRUN pipx install black', errors: [{ messageId: 'unpinned', line: 2, column: 5 }], name: 'pipx' },
    { code: 'FROM python:3.12-slim\nRUN pip install --root-user-action=ignore httpx', errors: [{ messageId: 'unpinned', line: 2, column: 5 }], name: 'an option with its value inline' },
    {
      code: 'FROM python:3.12-slim\nRUN pip install --trusted-host pypi.example.com internal-lib',
      errors: [{ messageId: 'unpinned', line: 2, column: 5 }],
      name: 'a package after an option and its value',
    },
    { code: 'FROM python:3.12-slim\nRUN pip install "uvicorn[standard]"', errors: [{ messageId: 'unpinned', line: 2, column: 5 }], name: 'extras are not a version' },
    {
      code: 'FROM python:3.12-slim\nRUN pip install flask==3.0.3 && pip install gunicorn',
      errors: [{ messageId: 'unpinned', line: 2, column: 33 }],
      name: 'only the command that needs it',
    },
    { code: 'FROM python:3.12-slim\nONBUILD RUN pip install pytest', errors: [{ messageId: 'unpinned', line: 2, column: 13 }], name: 'an ONBUILD RUN trigger' },
  ],
});
