import type { Check } from '../types.ts';

export function pass(en: string, ptBR: string): Check {
  return { passed: true, message: { en, 'pt-BR': ptBR } };
}

export function fail(en: string, ptBR: string): Check {
  return { passed: false, message: { en, 'pt-BR': ptBR } };
}
