// The structures that keep the model linear: persistent variable scopes (no copy per instruction)
// and the name index behind "did you mean …?" (no comparison with every name). Checked against the
// plain versions they replace, on seeded random inputs.
import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../src/checker/model/parse.ts';
import { EMPTY_SCOPE, scopeOf, type Scope } from '../../src/checker/model/scope.ts';
import { NameIndex } from '../../src/checker/model/similar-names.ts';
import { editDistance } from '../../src/checker/query/text.ts';

function random(seed: number): () => number {
  let state = seed;
  return () => ((state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff);
}

describe('persistent variable scopes', () => {
  it('read like the Map they replace, in every version, old ones untouched by later sets', () => {
    const next = random(7);
    for (let round = 0; round < 20; round++) {
      const versions: [Scope, Map<string, string | null>][] = [[EMPTY_SCOPE, new Map()]];
      for (let i = 0; i < 120; i++) {
        // Sometimes branch from an older version, as sibling stages do from their base.
        const [scope, map] = next() < 0.15 ? versions[Math.floor(next() * versions.length)] : versions[versions.length - 1];
        const key = `K${Math.floor(next() * 40)}`;
        const value = next() < 0.1 ? null : String(i);
        versions.push([scope.set(key, value), new Map(map).set(key, value)]);
      }
      for (const [scope, map] of versions) {
        expect([...scope]).toEqual([...map]);
        expect([...scope.keys()]).toEqual([...map.keys()]);
        expect(scope.size).toBe(map.size);
        for (let k = 0; k < 45; k++) {
          expect(scope.get(`K${k}`)).toBe(map.get(`K${k}`));
          expect(scope.has(`K${k}`)).toBe(map.has(`K${k}`));
        }
        const keys = [...map.keys()];
        for (let k = 1; k < keys.length; k++) expect(scope.orderOf(keys[k - 1])).toBeLessThan(scope.orderOf(keys[k]));
      }
    }
  });

  it('hold 100,000 keys', () => {
    let scope = EMPTY_SCOPE;
    for (let i = 0; i < 100_000; i++) scope = scope.set(`x${i}`, String(i));
    expect(scope.size).toBe(100_000);
    for (let i = 0; i < 100_000; i += 7) expect(scope.get(`x${i}`)).toBe(String(i));
    expect(scopeOf([['a', '1'], ['b', null], ['a', '2']]).get('a')).toBe('2');
  });

  it('are shared by the instructions between two ARG / ENV, not copied per instruction', () => {
    const text = `FROM alpine:3.20\n${Array.from({ length: 500 }, (_, i) => `ENV V${i}=${i}\nRUN echo ${i}\nCOPY a b${i}`).join('\n')}`;
    const model = parseDockerfile(text);
    const scopes = new Set(model.instructions.map((instruction) => instruction.variables));
    expect(scopes.size).toBeLessThanOrEqual(502);
    const last = model.instructions[model.instructions.length - 1];
    expect(last.variables.size).toBe(500);
    expect(last.variables.get('V0')).toBe('0');
  });

  it('keep ENV PATH=…:$PATH chains as they are written', () => {
    const model = parseDockerfile(`FROM debian:12\n${Array.from({ length: 50 }, (_, i) => `ENV PATH="/p${i}:$PATH"`).join('\n')}\nRUN true`);
    const path = model.instructions[model.instructions.length - 1].variables.get('PATH');
    expect(path?.startsWith('/p49:/p48:')).toBe(true);
    expect(path?.endsWith('/p0:')).toBe(true);
  });
});

describe('the name index', () => {
  it('finds exactly the names a comparison with each would, and the nearest one', () => {
    const next = random(11);
    const word = () => Array.from({ length: Math.floor(next() * 7) }, () => 'abcA_'[Math.floor(next() * 5)]).join('');
    for (let round = 0; round < 400; round++) {
      const names = [...new Set(Array.from({ length: 30 }, word))];
      const index = new NameIndex();
      for (const name of names) index.add(name);
      const query = word();
      const limit = next() < 0.5 ? 1 : 2;
      expect(index.within(query, limit).sort()).toEqual(names.filter((name) => editDistance(name, query) <= limit).sort());
      const accept = (name: string) => name !== query && name.length % 3 !== 1;
      const nearest = names
        .filter((name) => accept(name) && editDistance(name, query) <= limit)
        .sort((a, b) => editDistance(a, query) - editDistance(b, query) || (a < b ? -1 : 1))[0];
      expect(index.nearest(query, limit, accept)).toBe(nearest);
    }
  });
});
