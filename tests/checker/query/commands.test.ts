import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/checker/index.ts';
import { argValues, expandWord, variableFor } from '../../../src/checker/query/command-values.ts';
import { callsOf, insertAfter } from '../../../src/checker/query/commands.ts';
import { runCommands } from '../../../src/checker/query/run-instructions.ts';
import { subcommandOf } from '../../../src/checker/query/package-managers.ts';
import type { Instruction } from '../../../src/checker/model/types.ts';

/** The RUN (or other instruction) on the last line of `FROM debian:12\n<line>`. */
function last(line: string, before = ''): Instruction {
  const model = parseDockerfile(`FROM debian:12\n${before}${line}`);
  return model.instructions[model.instructions.length - 1];
}

/** `name arg…` of every call an instruction runs. */
const calls = (line: string) => callsOf(last(line)).map((call) => [call.name, ...call.args.map((word) => word.value)].join(' '));

describe('wrappers', () => {
  it.each([
    ['RUN gosu app apt-get install curl', 'apt-get install curl'],
    ['RUN su-exec app:app apt-get install curl', 'apt-get install curl'],
    ['RUN sudo apt-get install curl', 'apt-get install curl'],
    ['RUN sudo -u app -E apt-get install curl', 'apt-get install curl'],
    ['RUN sudo -iu app apt-get install curl', 'apt-get install curl'],
    ['RUN sudo DEBIAN_FRONTEND=noninteractive apt-get install curl', 'apt-get install curl'],
    ['RUN env -i -u HOME A=1 apt-get install curl', 'apt-get install curl'],
    ['RUN nice -n 10 apt-get install curl', 'apt-get install curl'],
    ['RUN timeout 60 apt-get install curl', 'apt-get install curl'],
    ['RUN timeout -k 5 -s KILL 2m apt-get install curl', 'apt-get install curl'],
    ['RUN xargs -r -n 1 apt-get install < packages.txt', 'apt-get install'],
    ['RUN nohup apt-get install curl', 'apt-get install curl'],
    ['RUN exec apt-get install curl', 'apt-get install curl'],
    ['RUN command apt-get install curl', 'apt-get install curl'],
    ['RUN time apt-get install curl', 'apt-get install curl'],
    ['RUN /usr/bin/time -v apt-get install curl', 'apt-get install curl'],
    ['RUN tini -- apt-get install curl', 'apt-get install curl'],
    ['RUN dumb-init apt-get install curl', 'apt-get install curl'],
    ['RUN chroot /target apt-get install curl', 'apt-get install curl'],
    ['RUN sudo -u app timeout 60 nice -n 5 /usr/bin/apt-get install curl', 'apt-get install curl'],
  ])('%s runs %s', (line, expected) => {
    expect(calls(line)).toEqual([expected]);
  });

  it('keeps a wrapper that runs nothing, or only looks a command up', () => {
    expect(calls('RUN command -v curl')).toEqual(['command -v curl']);
    expect(calls('RUN sudo -l')).toEqual(['sudo -l']);
    expect(calls('RUN env')).toEqual(['env']);
  });

  it('gives the same subcommand to the rules and the graders behind options with values', () => {
    expect(subcommandOf(callsOf(last('RUN apt-get --default-release bookworm install -y wget'))[0])?.word.value).toBe('install');
  });
});

describe('nested shell scripts', () => {
  it.each([
    ["RUN sh -c 'apt-get update && apt-get install curl'", ['sh -c apt-get update && apt-get install curl', 'apt-get update', 'apt-get install curl']],
    ['RUN bash -lc "apt-get install curl"', ['bash -lc apt-get install curl', 'apt-get install curl']],
    ["RUN /bin/sh -ec 'apt-get install curl'", ['sh -ec apt-get install curl', 'apt-get install curl']],
    ["RUN bash -o pipefail -c 'curl -f x | tar x'", ['bash -o pipefail -c curl -f x | tar x', 'curl -f x', 'tar x']],
    ["RUN sudo -u app sh -c 'sh -c \"make\"'", ['sh -c sh -c "make"', 'sh -c make', 'make']],
    ['RUN sh script.sh', ['sh script.sh']],
  ])('%s', (line, expected) => {
    expect(calls(line)).toEqual(expected);
  });

  it('maps the words of the script to where they are written', () => {
    const [, install] = callsOf(last(`RUN sh -c "apt-get install \\"curl\\""`));
    expect(install.args.map((word) => word.value)).toEqual(['install', 'curl']);
    expect(install.nameWord.range).toMatchObject({ line: 2, column: 12, endColumn: 19 });
  });
});

describe('exec form', () => {
  it('runs the array as one command, with words at their JSON strings', () => {
    const [call] = callsOf(last('RUN ["apt-get", "install", "-y", "curl"]'));
    expect([call.name, ...call.args.map((word) => word.value)]).toEqual(['apt-get', 'install', '-y', 'curl']);
    expect(call.args[0].range).toMatchObject({ line: 2, column: 17, endColumn: 26 });
  });

  it('reads the script of ["sh", "-c", "…"] and HEALTHCHECK CMD [...]', () => {
    expect(calls('RUN ["sh", "-c", "apt-get update && apt-get install -y curl"]')).toEqual(['sh -c apt-get update && apt-get install -y curl', 'apt-get update', 'apt-get install -y curl']);
    expect(calls('HEALTHCHECK --interval=5s CMD ["curl", "-f", "http://localhost/"]')).toEqual(['curl -f http://localhost/']);
  });

  it('inserts a fix as a new JSON string, not inside the quotes', () => {
    const [call] = callsOf(last('RUN ["apt-get", "install", "curl"]'));
    expect(insertAfter(call.args[0], ' -y').text).toBe(', "-y"');
  });
});

describe('ONBUILD RUN', () => {
  it('is among the RUN commands, marked with its ONBUILD', () => {
    const model = parseDockerfile('FROM debian:12\nONBUILD RUN apt-get install curl\nRUN make');
    expect(runCommands(model).map(({ call, onbuild }) => `${call.name}${onbuild ? ' (onbuild)' : ''}`)).toEqual(['apt-get (onbuild)', 'make']);
  });
});

describe('variables a command sees', () => {
  const callNamed = (line: string, name: string, before = '') => callsOf(last(line, before)).filter((call) => call.name === name);

  it('sees `export` and exported assignments earlier in the RUN, ARG/ENV otherwise', () => {
    expect(variableFor(callNamed('RUN export CGO_ENABLED=0 && go build .', 'go')[0], 'CGO_ENABLED')).toBe('0');
    expect(variableFor(callNamed('RUN CGO_ENABLED=0 go build .', 'go')[0], 'CGO_ENABLED')).toBe('0');
    expect(variableFor(callNamed('RUN env CGO_ENABLED=0 go build .', 'go')[0], 'CGO_ENABLED')).toBe('0');
    expect(variableFor(callNamed('RUN go build .', 'go', 'ENV CGO_ENABLED=0\n')[0], 'CGO_ENABLED')).toBe('0');
    expect(variableFor(callNamed('RUN CGO_ENABLED=1; go build .', 'go', 'ENV CGO_ENABLED=0\n')[0], 'CGO_ENABLED')).toBe('1');
  });

  it('does not see a plain shell variable, an unset one, or anything behind env -i', () => {
    expect(variableFor(callNamed('RUN CGO_ENABLED=0; go build .', 'go')[0], 'CGO_ENABLED')).toBeNull();
    expect(variableFor(callNamed('RUN unset CGO_ENABLED && go build .', 'go', 'ENV CGO_ENABLED=0\n')[0], 'CGO_ENABLED')).toBeNull();
    expect(variableFor(callNamed('RUN env -i go build .', 'go', 'ENV CGO_ENABLED=0\n')[0], 'CGO_ENABLED')).toBeNull();
  });

  it('passes exports into a nested sh -c script', () => {
    expect(variableFor(callNamed("RUN export CGO_ENABLED=0 && sh -c 'go build .'", 'go')[0], 'CGO_ENABLED')).toBe('0');
  });

  it('expands arguments with the script variables and ARG/ENV', () => {
    const [go] = callNamed('RUN OUT=/out && go build -o "$OUT/$NAME" .', 'go', 'ARG NAME=app\n');
    expect(argValues(go)).toEqual(['build', '-o', '/out/app', '.']);
    expect(expandWord(go, go.args[2])).toBe('/out/app');
  });

  it('follows cd to the directory a command runs in', () => {
    expect(callNamed('RUN cd /tmp && cd build && make', 'make')[0].directory).toBe('/tmp/build');
    expect(callNamed('RUN make', 'make')[0].directory).toBeNull();
  });
});
