// Kernel modules for the lab VM's initramfs: which .ko files of the pinned kernel package, in which order.
// The package has no modules.dep (depmod writes it at install time), so dependencies come from each
// module's own .modinfo section ("depends=llc,stp"). Pure: the caller reads the files.

/** The module's name as the kernel knows it (dashes and underscores are the same to modprobe). */
export function moduleName(path: string): string {
  return (path.split('/').pop() ?? '').replace(/\.ko$/, '').replace(/-/g, '_');
}

/** The "depends=" entry of a module's .modinfo section: the modules it needs loaded first. */
export function moduleDepends(ko: Uint8Array): string[] {
  const text = Buffer.from(ko.buffer, ko.byteOffset, ko.byteLength).toString('latin1');
  const match = /\0depends=([^\0]*)\0/.exec(text);
  if (!match) return [];
  return match[1].split(',').filter(Boolean).map((name) => name.replace(/-/g, '_'));
}

/**
 * The modules to load, dependencies first, each once: `wanted` in the order given, each preceded by what it needs.
 * `depends` answers for a module name; an unknown name throws.
 */
export function moduleLoadOrder(wanted: string[], depends: (name: string) => string[] | undefined): string[] {
  const order: string[] = [];
  const visiting = new Set<string>();
  const visit = (name: string, chain: string[]) => {
    if (order.includes(name)) return;
    if (visiting.has(name)) throw new Error(`kernel modules: dependency cycle ${[...chain, name].join(' → ')}`);
    const needs = depends(name);
    if (needs === undefined) throw new Error(`kernel modules: ${name} is not in the kernel package${chain.length ? ` (needed by ${chain.at(-1)})` : ''}`);
    visiting.add(name);
    for (const need of needs) visit(need, [...chain, name]);
    visiting.delete(name);
    order.push(name);
  };
  for (const name of wanted) visit(name.replace(/-/g, '_'), []);
  return order;
}
