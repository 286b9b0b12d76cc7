// `npm run workshop -- --port 8080 --data ./workshop-data [--site dist] [--host 0.0.0.0] [--room-hours 72]`
import { parseArgs } from 'node:util';
import { DEFAULTS, startServer } from './server.ts';

const USAGE = `Usage: npm run workshop -- --data DIR [--port 8080] [--host 0.0.0.0] [--site dist] [--room-hours 72]
  --data DIR        folder for the SQLite database (created if missing)
  --site DIR        the built site to serve (default: dist)
  --room-hours N    rooms and their data are deleted N hours after creation (default 72)
  --joins-per-second N, --rooms-per-hour N, --room-writes-per-second N   rate limits (see README)`;

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: String(DEFAULTS.port) },
    host: { type: 'string', default: DEFAULTS.host },
    data: { type: 'string' },
    site: { type: 'string', default: 'dist' },
    'room-hours': { type: 'string', default: String(DEFAULTS.roomHours) },
    'joins-per-second': { type: 'string' },
    'rooms-per-hour': { type: 'string' },
    'room-writes-per-second': { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});

const number = (value: string | undefined, fallback: number, name: string, zero = false) => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!(n > 0 || (zero && n === 0))) {
    console.error(`${name} must be a positive number\n${USAGE}`);
    process.exit(2);
  }
  return n;
};

if (values.help || !values.data) {
  console.error(USAGE);
  process.exit(values.help ? 0 : 2);
}

const running = await startServer({
  port: number(values.port, DEFAULTS.port, '--port', true),
  host: values.host,
  dataDir: values.data,
  siteDir: values.site,
  roomHours: number(values['room-hours'], DEFAULTS.roomHours, '--room-hours'),
  maxHours: DEFAULTS.maxHours,
  limits: {
    ...DEFAULTS.limits,
    joinsPerAddress: number(values['joins-per-second'], DEFAULTS.limits.joinsPerAddress, '--joins-per-second'),
    roomsPerHour: number(values['rooms-per-hour'], DEFAULTS.limits.roomsPerHour, '--rooms-per-hour'),
    perRoom: number(values['room-writes-per-second'], DEFAULTS.limits.perRoom, '--room-writes-per-second'),
  },
});
console.log(`Workshop server on ${running.origin} (data in ${values.data}); start a room at ${running.origin}/en/workshop/`);

const stop = () => void running.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
