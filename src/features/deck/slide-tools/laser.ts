/** A pointer tool the presenter switches on and off (laser, pen). */
export interface PointerTool {
  readonly active: boolean;
  setActive(on: boolean): void;
}

/** The laser pointer: while on, the mouse or pen is a red dot over the slide (the arrow cursor is hidden). */
export function laserPointer(dot: HTMLElement): PointerTool {
  let active = false;
  const follow = (event: PointerEvent) => {
    dot.style.transform = `translate(${event.clientX}px, ${event.clientY}px)`;
    dot.hidden = false;
  };
  const away = () => (dot.hidden = true);
  dot.hidden = true;
  return {
    get active() {
      return active;
    },
    setActive(on) {
      if (on === active) return;
      active = on;
      document.documentElement.classList.toggle('deck-laser', on);
      if (on) {
        addEventListener('pointermove', follow);
        document.documentElement.addEventListener('pointerleave', away);
      } else {
        removeEventListener('pointermove', follow);
        document.documentElement.removeEventListener('pointerleave', away);
        away();
      }
    },
  };
}
