// Records the labs' commands in the real lab VM (public/vm snapshot, v86 under Node) as the learner would type
// them, into content/labs/recorded/<lab>.json: the read-only walkthrough when the browser cannot run the VM, and
// the real guest output the step checks are tested on. Run after changing a lab's commands or the VM image:
//   npm run record:labs [-- lab…]
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { Machine } from './machine.ts';
import { PROMPT_MARK, learnerCommands } from '../../src/features/linux-lab/checks.ts';

const root = join(import.meta.dirname, '..', '..');
const vm = join(root, 'public', 'vm');
const manifest = JSON.parse(readFileSync(join(vm, 'manifest.json'), 'utf8')) as { v86Version: string };
const prompts = (text: string) => text.split(PROMPT_MARK).length - 1;
// Every lab is a YAML file in content/labs (its id is the file name), as src/features/linux-lab/content.ts reads them.
const labIds = readdirSync(join(root, 'content', 'labs')).filter((name) => name.endsWith('.yaml')).map((name) => name.slice(0, -'.yaml'.length)).sort();

for (const id of process.argv.length > 2 ? process.argv.slice(2) : labIds) {
  const lab = parse(readFileSync(join(root, 'content', 'labs', `${id}.yaml`), 'utf8')) as { steps: Array<{ id: string; commands: string[] }> };
  const machine = await Machine.restoreCommitted(vm);
  machine.emulator.serial0_send('\n');
  await machine.waitFor((out) => prompts(out) >= 1, 300_000, 'the first prompt');
  const start = machine.transcript.lastIndexOf(PROMPT_MARK);
  const steps: Record<string, Array<{ command: string; host: string; output: string; status: number }>> = {};
  for (const step of lab.steps) {
    steps[step.id] = [];
    for (const command of step.commands) {
      const before = prompts(machine.transcript);
      const from = machine.transcript.lastIndexOf(PROMPT_MARK);
      machine.emulator.serial0_send(command + '\n');
      await machine.waitFor((out) => prompts(out) > before, 300_000, JSON.stringify(command));
      const [result] = learnerCommands(machine.transcript.slice(from));
      steps[step.id].push({ command, host: result.host ?? 'host', output: result.output, status: result.status });
      console.log(`${id}/${step.id}: ${command}\n${result.output}\n[${result.status}]`);
    }
  }
  // The learner's view of the whole session, escape sequences and all (tests run finishedCommands on it).
  const transcript = machine.transcript.slice(start);
  await machine.destroy();
  mkdirSync(join(root, 'content', 'labs', 'recorded'), { recursive: true });
  const file = { lab: id, v86Version: manifest.v86Version, recordedAt: new Date().toISOString().slice(0, 10), steps, transcript };
  writeFileSync(join(root, 'content', 'labs', 'recorded', `${id}.json`), JSON.stringify(file, null, 2) + '\n');
}
process.exit(0);
