// The instructor's view of the class: per exercise how many met each requirement, who is stuck and on what,
// and a heat map lesson × attendee. Names are text nodes: nothing an attendee typed is ever read as HTML.
import { el } from '../../../ui/dom.ts';
import type { Translate } from '../../../ui/strings.ts';
import type { Dashboard } from '../class-progress.ts';

export function renderDashboard(target: HTMLElement, view: Dashboard, t: Translate): void {
  const parts: HTMLElement[] = [el('p', { data: { workshopCounts: '' }, text: t('workshop.dash.attendees', { n: view.attendees, sharing: view.sharing }) })];
  if (view.exercises.length === 0) parts.push(el('p', { text: t('workshop.dash.none') }));
  for (const exercise of view.exercises) {
    const rows = exercise.requirements.map((r) =>
      el('tr', { data: { requirement: r.id, met: String(r.met) } }, el('th', { text: r.id, attrs: { scope: 'row' } }), el('td', { text: `${r.met} / ${exercise.attempted}` })),
    );
    parts.push(
      el('table', { class: 'workshop-exercise', data: { exercise: exercise.exercise, passed: String(exercise.passed) } },
        el('caption', { text: `${exercise.exercise} — ${t('workshop.dash.passed', { passed: exercise.passed, attempted: exercise.attempted })}` }),
        el('thead', {}, el('tr', {}, el('th', { text: t('workshop.dash.requirement'), attrs: { scope: 'col' } }), el('th', { text: t('workshop.dash.met'), attrs: { scope: 'col' } }))),
        el('tbody', {}, ...rows)),
    );
  }
  parts.push(el('h3', { text: t('workshop.dash.stuck') }));
  parts.push(view.stuck.length === 0
    ? el('p', { text: t('workshop.dash.nobodyStuck') })
    : el('ul', { data: { workshopStuck: '' } }, ...view.stuck.map((s) =>
      el('li', { data: { attendee: s.attendee }, text: t('workshop.dash.stuckRow', { name: s.name, exercise: s.exercise, requirements: s.unmet.join(', '), minutes: s.minutes }) }))));
  parts.push(el('h3', { text: t('workshop.dash.heat') }));
  if (view.heat.lessons.length) {
    const head = el('tr', {}, el('th', { text: t('workshop.dash.roster'), attrs: { scope: 'col' } }), ...view.heat.lessons.map((lesson) => el('th', { text: lesson, attrs: { scope: 'col' } })));
    const body = view.heat.rows.map((row) => el('tr', { data: { attendee: row.attendee } }, el('th', { text: row.name, attrs: { scope: 'row' } }), ...row.cells.map((cell) => {
      const td = el('td', { text: cell === null ? '–' : `${Math.round(cell * 100)}%` });
      if (cell !== null) {
        td.dataset.level = String(cell);
        // At most 40% green under the text, so the percentage keeps its contrast in both themes.
        td.style.setProperty('--level', String(0.08 + 0.32 * cell));
      }
      return td;
    })));
    parts.push(el('table', { class: 'workshop-heat' }, el('thead', {}, head), el('tbody', {}, ...body)));
  } else {
    parts.push(el('p', { text: t('workshop.dash.none') }));
  }
  target.replaceChildren(...parts);
}
