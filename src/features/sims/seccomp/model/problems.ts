// A validator problem in words, in the page's language: the `seccompLab.problem.<code>` string of
// en.json / pt-br.json with `{path}` and the problem's params filled in by t(). The lab island does
// the same through its shipped strings (view.ts problemText); this
// module is the pure version for build-time code and tests.

import type { LocaleKey } from '../../../../utils/locales.ts';
import { t } from '../../../../utils/i18n.ts';
import { seccompProblemKey, seccompProblemVars, type SeccompProblem } from './validate.ts';

export function formatSeccompProblem(problem: SeccompProblem, lang: LocaleKey): string {
  return t(lang, seccompProblemKey(problem.code), seccompProblemVars(problem));
}
