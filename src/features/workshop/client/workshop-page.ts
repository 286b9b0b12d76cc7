// The workshop page (/<lang>/workshop/): start a room, join one with a code and a name, and — for the
// instructor — the links, the QR code, the class dashboard, the exports, removing a name and deleting the room.
import { el, part } from '../../../ui/dom.ts';
import type { Translate } from '../../../ui/strings.ts';
import { ClassProgress } from '../class-progress.ts';
import { instructorPath, joinPath } from '../links.ts';
import type { RosterEntry } from '../protocol.ts';
import { ApiError, call } from './api.ts';
import { renderDashboard } from './dashboard.ts';
import { saveSession, type InstructorSession } from './session.ts';
import type { RoomLink } from './room-link.ts';
import { readStored, removeStored, writeStored } from '../../../ui/web-storage.ts';

interface RoomInfo { id: string; code: string; title: string; lessons: string[]; expiresAt: number }

/** Why the last room ended, kept across the reload that brings back the start forms (this tab only). */
const ENDED_NOTICE = 'workshop:ended-notice';
const ENDED_KEYS = ['workshop.closed', 'workshop.removed', 'workshop.left', 'workshop.page.deleted'];

const keepEndedNotice = (key: string) => writeStored('sessionStorage', ENDED_NOTICE, key);
const hasEndedNotice = () => readStored('sessionStorage', ENDED_NOTICE) !== null;

/** The notice kept by `keepEndedNotice`, once (an unknown value is ignored; storage refused: none). */
function takeEndedNotice(): string | null {
  const key = readStored('sessionStorage', ENDED_NOTICE);
  removeStored('sessionStorage', ENDED_NOTICE);
  return key && ENDED_KEYS.includes(key) ? key : null;
}

/** An instructor link opened here (#room=…&secret=…): checked with the server, kept, and wiped from the address bar. */
export async function sessionFromLink(): Promise<void> {
  const hash = new URLSearchParams(location.hash.slice(1));
  const room = hash.get('room');
  const secret = hash.get('secret');
  if (!room || !secret) return;
  history.replaceState(null, '', location.pathname + location.search);
  try {
    const { room: info } = await call<{ room: RoomInfo }>('GET', `/api/rooms/${room}`, secret);
    saveSession({ role: 'instructor', room, secret, code: info.code, title: info.title });
  } catch {
    // A wrong or expired link: the page offers to start or join a room as if none was given.
  }
}

export function startWorkshopPage(page: HTMLElement, t: Translate, link: RoomLink | null): void {
  const message = part(page, '[data-workshop-message]');
  const say = (text: string, kind = 'info') => {
    message.textContent = text;
    message.dataset.kind = kind;
  };
  const failed = (error: unknown) => say(t('workshop.page.error', { error: error instanceof ApiError ? error.message : String(error) }), 'error');
  part(page, '[data-workshop-static]').hidden = true;
  const locale = document.documentElement.lang.toLowerCase().startsWith('pt') ? 'pt-br' : 'en';

  if (!link) {
    const create = part<HTMLFormElement>(page, '[data-workshop-create]');
    const join = part<HTMLFormElement>(page, '[data-workshop-join]');
    create.hidden = join.hidden = false;
    const notice = takeEndedNotice();
    if (notice) say(t(notice));
    const code = new URLSearchParams(location.hash.slice(1)).get('join');
    if (code) {
      part<HTMLInputElement>(join, '[name=code]').value = code;
      part<HTMLInputElement>(join, '[name=name]').focus();
    }
    create.addEventListener('submit', async (event) => {
      event.preventDefault();
      const data = new FormData(create);
      try {
        const made = await call<{ room: RoomInfo; secret: string }>('POST', '/api/rooms', null, { title: data.get('title'), lessons: data.getAll('lessons'), locale });
        saveSession({ role: 'instructor', room: made.room.id, secret: made.secret, code: made.room.code, title: made.room.title });
        location.replace(location.pathname);
      } catch (error) {
        failed(error);
      }
    });
    join.addEventListener('submit', async (event) => {
      event.preventDefault();
      const data = new FormData(join);
      try {
        const joined = await call<{ room: RoomInfo; attendee: RosterEntry; token: string }>('POST', '/api/join', null, { code: String(data.get('code') ?? '').trim(), name: data.get('name') });
        saveSession({ role: 'attendee', room: joined.room.id, code: joined.room.code, title: joined.room.title, attendee: joined.attendee.id, name: joined.attendee.name, token: joined.token, sharing: false });
        location.replace(location.pathname);
      } catch (error) {
        failed(error);
      }
    });
    return;
  }

  const { session } = link;
  // A room that ends (deleted elsewhere, expired, or this name removed) brings back the start forms, saying why.
  link.listen((type, key) => {
    if (type !== 'ended') return;
    if (!hasEndedNotice()) keepEndedNotice(String(key));
    location.replace(location.pathname);
  });
  if (session.role === 'attendee') {
    const joined = part(page, '[data-workshop-joined]');
    joined.hidden = false;
    part(joined, '[data-workshop-joined-text]').textContent = t('workshop.page.joined', { title: session.title, name: session.name });
    return;
  }
  startInstructor(page, t, link, session, locale, say, failed);
}

function startInstructor(page: HTMLElement, t: Translate, link: RoomLink, session: InstructorSession, locale: string, say: (text: string) => void, failed: (error: unknown) => void): void {
  const base = `/api/rooms/${session.room}`;
  const view = part(page, '[data-workshop-instructor]');
  view.hidden = false;
  part(view, '[data-workshop-room-title]').textContent = `${session.title || t('workshop.bar.label')} · ${session.code}`;
  part(view, '[data-workshop-join-link]').textContent = location.origin + joinPath(session.code);
  part(view, '[data-workshop-code]').textContent = session.code;
  part(view, '[data-workshop-instructor-link]').textContent = location.origin + instructorPath(locale, session.room, session.secret);
  part<HTMLImageElement>(view, '[data-workshop-qr]').src = `${base}/qr.svg`;
  const stuckInput = part<HTMLInputElement>(view, '[data-workshop-stuck]');
  const board = part(view, '[data-workshop-dashboard]');
  const roster = part(view, '[data-workshop-roster]');

  let progress = new ClassProgress();
  let people: RosterEntry[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const redraw = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      renderDashboard(board, progress.view(Date.now(), Number(stuckInput.value) || 0), t);
      board.dataset.updated = String(Date.now());
    }, 100);
  };
  const drawRoster = () => {
    roster.replaceChildren(...people.map((person) => {
      const remove = el('button', { text: t('workshop.dash.remove', { name: person.name }), attrs: { type: 'button' }, data: { workshopRemove: person.id } });
      remove.addEventListener('click', () => void call('DELETE', `${base}/attendees/${person.id}`, session.secret).catch(failed));
      return el('li', { data: { attendee: person.id } }, el('span', { text: person.name }), ' ', el('span', { text: person.sharing ? t('workshop.dash.sharing') : t('workshop.dash.notSharing') }), ' ', remove);
    }));
  };
  link.listen((type, data) => {
    if (type === 'snapshot') {
      part(view, '[data-workshop-expires]').textContent = t('workshop.page.expires', { date: new Date(data.room.expiresAt).toLocaleString(document.documentElement.lang) });
      progress = new ClassProgress(data.room.lessons);
      people = data.roster;
      progress.setRoster(people);
      for (const item of data.latest) progress.add(item.attendee, item.at, item.body);
    } else if (type === 'report') {
      progress.add(data.attendee, data.at, data.body);
    } else if (type === 'roster') {
      people = data.attendees;
      progress.setRoster(people);
    } else return;
    drawRoster();
    redraw();
  });
  stuckInput.addEventListener('input', redraw);
  setInterval(redraw, 30_000);

  for (const format of ['csv', 'json'] as const) {
    part(view, `[data-workshop-export="${format}"]`).addEventListener('click', async () => {
      try {
        const response = await fetch(`${base}/export.${format}`, { headers: { authorization: `Bearer ${session.secret}` } });
        if (!response.ok) throw new Error(response.statusText);
        const url = URL.createObjectURL(await response.blob());
        const anchor = el('a', { attrs: { href: url, download: `workshop-${session.code}.${format}` } });
        anchor.click();
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
      } catch (error) {
        failed(error);
      }
    });
  }

  const remove = part<HTMLButtonElement>(view, '[data-workshop-delete]');
  remove.addEventListener('click', async () => {
    // Two clicks: the first one asks, the second one deletes.
    if (remove.dataset.armed !== 'true') {
      remove.dataset.armed = 'true';
      remove.textContent = t('workshop.page.deleteConfirm');
      return;
    }
    // Kept first: the server's "ended" may reach this page before the answer to DELETE does.
    keepEndedNotice('workshop.page.deleted');
    try {
      await call('DELETE', base, session.secret);
      location.replace(location.pathname);
    } catch (error) {
      takeEndedNotice();
      failed(error);
    }
  });
}
