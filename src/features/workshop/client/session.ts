// Which room this browser is in, and as whom: kept in localStorage so a reload, another lesson or a restart of
// the laptop stays in the room. The instructor secret never leaves this browser except to this server.

export interface AttendeeSession { role: 'attendee'; room: string; code: string; title: string; attendee: string; name: string; token: string; sharing: boolean }
export interface InstructorSession { role: 'instructor'; room: string; code: string; title: string; secret: string }
export type Session = AttendeeSession | InstructorSession;

const KEY = 'workshop:session:v1';

export function loadSession(): Session | null {
  try {
    const value = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Session | null;
    return value && (value.role === 'attendee' || value.role === 'instructor') && typeof value.room === 'string' ? value : null;
  } catch {
    return null;
  }
}

export function saveSession(session: Session): void {
  localStorage.setItem(KEY, JSON.stringify(session));
}

export function clearSession(): void {
  localStorage.removeItem(KEY);
  localStorage.removeItem(OUTBOX_KEY);
}

export const OUTBOX_KEY = 'workshop:outbox:v1';

export const tokenOf = (session: Session) => (session.role === 'instructor' ? session.secret : session.token);
