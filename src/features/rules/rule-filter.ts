/** Filters the rule index by text (ids, titles, aliases) and severity; Enter on a single match opens it. */
export function startRuleFilter(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-rule-filter]');
  if (!form) return;
  const items = [...document.querySelectorAll<HTMLLIElement>('.rule-list > li')];
  const count = form.querySelector<HTMLElement>('.rule-count')!;
  const query = form.elements.namedItem('q') as HTMLInputElement;
  const severity = form.elements.namedItem('severity') as HTMLSelectElement;
  const normalise = (text: string) => text.toLowerCase().replace(/^ds-?0*/, 'ds-').trim();
  const visible = () => items.filter((item) => !item.hidden);
  const apply = () => {
    const words = normalise(query.value).split(/\s+/).filter(Boolean);
    for (const item of items) {
      const text = item.dataset.search!.replace(/\bds-0*/g, 'ds-');
      item.hidden = !(words.every((w) => text.includes(w)) && (!severity.value || item.dataset.severity === severity.value));
    }
    count.textContent = count.dataset.template!.replace('{shown}', String(visible().length)).replace('{total}', String(items.length));
    const params = new URLSearchParams();
    if (query.value) params.set('q', query.value);
    if (severity.value) params.set('severity', severity.value);
    history.replaceState(null, '', params.size ? `?${params}` : location.pathname);
  };
  const initial = new URLSearchParams(location.search);
  query.value = initial.get('q') ?? '';
  severity.value = initial.get('severity') ?? '';
  form.addEventListener('input', apply);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const matches = visible();
    if (matches.length === 1) location.href = matches[0].querySelector('a')!.href;
  });
  apply();
}
