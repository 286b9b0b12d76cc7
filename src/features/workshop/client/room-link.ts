import type { Session } from './session.ts';

export type Listener = (type: string, data: any) => void;

/** What the page controller and the bar share: the session and the live stream's events. */
export interface RoomLink {
  session: Session;
  listen(listener: Listener): void;
}
