import type { PointerTool } from './laser.ts';

export interface DrawingTool extends PointerTool {
  clear(): void;
  /** Whether anything is drawn now. */
  readonly drawn: boolean;
}

const INK = '#ff3b30';

/**
 * Freehand drawing over the slide on a full-window canvas: mouse, pen or finger while on; the ink stays when the
 * presenter stops drawing and is wiped by `clear()` (C, or the next slide: start.ts).
 */
export function drawingLayer(canvas: HTMLCanvasElement): DrawingTool {
  const context = canvas.getContext('2d')!;
  let active = false;
  let drawn = false;
  let last: { x: number; y: number } | undefined;

  const fit = () => {
    const ratio = devicePixelRatio || 1;
    canvas.width = Math.round(innerWidth * ratio);
    canvas.height = Math.round(innerHeight * ratio);
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.lineCap = 'round';
    context.lineJoin = 'round';
    context.strokeStyle = INK;
    drawn = false; // resizing a canvas wipes it
  };
  const point = (event: PointerEvent) => ({ x: event.clientX, y: event.clientY });
  const width = (event: PointerEvent) => (event.pointerType === 'pen' && event.pressure > 0 ? 2 + 6 * event.pressure : 5);

  canvas.addEventListener('pointerdown', (event) => {
    if (!active) return;
    canvas.setPointerCapture(event.pointerId);
    last = point(event);
    // A tap leaves a dot.
    context.beginPath();
    context.fillStyle = INK;
    context.arc(last.x, last.y, width(event) / 2, 0, Math.PI * 2);
    context.fill();
    drawn = true;
  });
  canvas.addEventListener('pointermove', (event) => {
    if (!active || !last) return;
    const next = point(event);
    context.lineWidth = width(event);
    context.beginPath();
    context.moveTo(last.x, last.y);
    context.lineTo(next.x, next.y);
    context.stroke();
    last = next;
  });
  const lift = () => (last = undefined);
  canvas.addEventListener('pointerup', lift);
  canvas.addEventListener('pointercancel', lift);
  addEventListener('resize', fit);
  fit();

  return {
    get active() {
      return active;
    },
    get drawn() {
      return drawn;
    },
    setActive(on) {
      active = on;
      last = undefined;
      document.documentElement.classList.toggle('deck-drawing', on);
    },
    clear() {
      context.clearRect(0, 0, canvas.width, canvas.height);
      drawn = false;
    },
  };
}
