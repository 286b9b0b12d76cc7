/** Fills `{name}` placeholders; an unknown placeholder stays visible so a missing value shows instead of hiding. */
export function fillTemplate(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
