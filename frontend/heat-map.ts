/** What the server sends (HeatMapData.java): cells as base64 colour indices, rows from the bottom. */
interface HeatMapData {
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
  columns: number;
  rows: number;
  cells: string;
  palette: string[];
  noValue: { color: string; lines: string };
  ticks: { position: number; label: string }[];
  curves: { color: string; halo?: string; width: number; dash?: number[]; points: number[][] }[];
  markerColor?: string;
  keyStep?: { x: number; y: number };
}

/** Points drawn as dots over the cells (HeatMapDots.java), one colour per group. */
interface HeatMapDots {
  color: string;
  outline: string;
  points: number[][];
}

interface HeatMapLabels {
  xTitle: string;
  yTitle: string;
  legendTitle: string;
}

const NO_VALUE = 255;
/** Room around the plot for tick labels, titles and the legend, in CSS pixels. */
const MARGIN = { left: 58, right: 104, top: 12, bottom: 46 };
const LEGEND_GAP = 18;
const LEGEND_WIDTH = 14;
const TICK = 5;
const DOT_RADIUS = 6;

/**
 * A heat map on a canvas: one colour per grid cell (the server bins the values), hatched cells without a
 * value, overlay curves, dots, axes with tick labels, a colour legend and a marker. Click or Enter/Space picks a
 * point and fires `heat-map-pick` with `detail: {x, y}` in data coordinates; the arrow keys move the marker
 * first (Shift: ten steps).
 *
 * Data arrive as JSON strings in the `data`, `dots` and `labels` properties (the dots apart, so that adding one
 * does not send the cells again); nothing is evaluated.
 */
export class HeatMapElement extends HTMLElement {
  private dataJson = '';
  private labelsJson = '';
  private dotsJson = '';
  private map?: HeatMapData;
  private dotGroups: HeatMapDots[] = [];
  private words: HeatMapLabels = { xTitle: '', yTitle: '', legendTitle: '' };
  private marker?: [number, number];
  private cellImage?: HTMLCanvasElement;
  private plot = { x: 0, y: 0, w: 0, h: 0 };
  private readonly canvas: HTMLCanvasElement;
  private readonly live: HTMLDivElement;
  private resizeObserver?: ResizeObserver;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = `
      :host { display: block; position: relative; height: 340px; outline: none; }
      :host(:focus-visible) { box-shadow: 0 0 0 2px var(--lumo-primary-color, #1676f3); border-radius: 4px; }
      canvas { display: block; width: 100%; height: 100%; cursor: crosshair; }
      .live { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
    `;
    this.canvas = document.createElement('canvas');
    this.canvas.setAttribute('aria-hidden', 'true');
    this.live = document.createElement('div');
    this.live.className = 'live';
    this.live.setAttribute('aria-live', 'polite');
    root.append(style, this.canvas, this.live);
    this.canvas.addEventListener('click', (e) => this.onClick(e));
    this.addEventListener('keydown', (e) => this.onKey(e));
  }

  connectedCallback() {
    // Vaadin may set properties before this class is defined: re-apply them through the setters.
    for (const name of ['data', 'dots', 'labels'] as const) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = (this as any)[name];
        delete (this as any)[name];
        (this as any)[name] = value;
      }
    }
    this.resizeObserver = new ResizeObserver(() => this.draw());
    this.resizeObserver.observe(this);
    this.draw();
  }

  disconnectedCallback() {
    this.resizeObserver?.disconnect();
  }

  set data(json: string) {
    this.dataJson = json ?? '';
    this.map = this.dataJson ? JSON.parse(this.dataJson) : undefined;
    this.cellImage = undefined;
    this.draw();
  }

  get data(): string {
    return this.dataJson;
  }

  set dots(json: string) {
    this.dotsJson = json ?? '';
    this.dotGroups = this.dotsJson ? JSON.parse(this.dotsJson) : [];
    this.draw();
  }

  get dots(): string {
    return this.dotsJson;
  }

  set labels(json: string) {
    this.labelsJson = json ?? '';
    this.words = this.labelsJson ? JSON.parse(this.labelsJson) : { xTitle: '', yTitle: '', legendTitle: '' };
    this.draw();
  }

  get labels(): string {
    return this.labelsJson;
  }

  /** Places the marker (data coordinates). */
  setMarker(x: number, y: number) {
    this.marker = [x, y];
    this.draw();
  }

  /** Data coordinates → CSS pixels relative to this element's top-left corner (read by tests). */
  toPixel(x: number, y: number): number[] {
    const m = this.map!;
    const p = this.plot;
    return [p.x + ((x - m.xMin) / (m.xMax - m.xMin)) * p.w, p.y + p.h - ((y - m.yMin) / (m.yMax - m.yMin)) * p.h];
  }

  /** The drawn colour at data point (x, y) as [r, g, b, a] (read by tests). */
  colorAt(x: number, y: number): number[] {
    const [px, py] = this.toPixel(x, y);
    const scale = this.canvas.width / this.clientWidth;
    const pixel = this.canvas.getContext('2d')!.getImageData(Math.floor(px * scale), Math.floor(py * scale), 1, 1);
    return Array.from(pixel.data);
  }

  private onClick(event: MouseEvent) {
    if (!this.map) {
      return;
    }
    const box = this.canvas.getBoundingClientRect();
    const px = event.clientX - box.left;
    const py = event.clientY - box.top;
    const p = this.plot;
    if (px < p.x || px > p.x + p.w || py < p.y || py > p.y + p.h) {
      return; // on an axis or the legend
    }
    const m = this.map;
    const x = m.xMin + ((px - p.x) / p.w) * (m.xMax - m.xMin);
    const y = m.yMin + ((p.y + p.h - py) / p.h) * (m.yMax - m.yMin);
    this.pick(this.clamp([x, y]));
  }

  private onKey(event: KeyboardEvent) {
    if (!this.map) {
      return;
    }
    const m = this.map;
    const step = m.keyStep ?? { x: (m.xMax - m.xMin) / m.columns, y: (m.yMax - m.yMin) / m.rows };
    const times = event.shiftKey ? 10 : 1;
    const [x, y] = this.clamp(this.marker ?? [(m.xMin + m.xMax) / 2, (m.yMin + m.yMax) / 2]);
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-step.x, 0],
      ArrowRight: [step.x, 0],
      ArrowDown: [0, -step.y],
      ArrowUp: [0, step.y],
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      this.marker = this.clamp([x + times * move[0], y + times * move[1]]);
      this.announce();
      this.draw();
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.pick([x, y]);
    }
  }

  private pick(point: [number, number]) {
    this.marker = point;
    this.announce();
    this.draw();
    this.dispatchEvent(new CustomEvent('heat-map-pick', { detail: { x: point[0], y: point[1] } }));
  }

  private clamp([x, y]: [number, number]): [number, number] {
    const m = this.map!;
    return [Math.min(m.xMax, Math.max(m.xMin, x)), Math.min(m.yMax, Math.max(m.yMin, y))];
  }

  private announce() {
    if (this.marker) {
      const [x, y] = this.marker;
      this.live.textContent = `${this.words.xTitle} ${short(x)}, ${this.words.yTitle} ${short(y)}`;
    }
  }

  private draw() {
    const width = this.clientWidth;
    const height = this.clientHeight;
    if (!this.isConnected || width === 0 || height === 0) {
      return;
    }
    const ratio = window.devicePixelRatio || 1;
    this.canvas.width = Math.round(width * ratio);
    this.canvas.height = Math.round(height * ratio);
    const ctx = this.canvas.getContext('2d')!;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    this.plot = {
      x: MARGIN.left,
      y: MARGIN.top,
      w: Math.max(0, width - MARGIN.left - MARGIN.right),
      h: Math.max(0, height - MARGIN.top - MARGIN.bottom),
    };
    const m = this.map;
    if (!m || this.plot.w === 0 || this.plot.h === 0) {
      return;
    }
    const style = getComputedStyle(this);
    const ink = style.color || '#000';
    ctx.font = `12px ${style.fontFamily || 'sans-serif'}`;
    this.drawCells(ctx, m);
    this.drawCurves(ctx, m);
    this.drawDots(ctx);
    this.drawAxes(ctx, m, ink);
    this.drawLegend(ctx, m, ink);
    this.drawMarker(ctx, m);
  }

  private drawCells(ctx: CanvasRenderingContext2D, m: HeatMapData) {
    const p = this.plot;
    // Cells without a value show the hatched background through transparent pixels.
    ctx.fillStyle = m.noValue.color;
    ctx.fillRect(p.x, p.y, p.w, p.h);
    ctx.save();
    ctx.beginPath();
    ctx.rect(p.x, p.y, p.w, p.h);
    ctx.clip();
    ctx.strokeStyle = m.noValue.lines;
    ctx.lineWidth = 1;
    ctx.beginPath();
    for (let d = -p.h; d < p.w; d += 7) {
      ctx.moveTo(p.x + d, p.y + p.h);
      ctx.lineTo(p.x + d + p.h, p.y);
    }
    ctx.stroke();
    ctx.restore();
    this.cellImage ??= cellImage(m);
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(this.cellImage, p.x, p.y, p.w, p.h);
  }

  private drawCurves(ctx: CanvasRenderingContext2D, m: HeatMapData) {
    const p = this.plot;
    ctx.save();
    ctx.beginPath();
    ctx.rect(p.x, p.y, p.w, p.h);
    ctx.clip();
    ctx.lineJoin = 'round';
    for (const curve of m.curves) {
      const path = new Path2D();
      curve.points.forEach(([x, y], i) => {
        const [px, py] = this.toPixel(x, y);
        if (i === 0) {
          path.moveTo(px, py);
        } else {
          path.lineTo(px, py);
        }
      });
      ctx.setLineDash(curve.dash ?? []);
      if (curve.halo) {
        ctx.strokeStyle = curve.halo;
        ctx.lineWidth = curve.width + 2.5;
        ctx.stroke(path);
      }
      ctx.strokeStyle = curve.color;
      ctx.lineWidth = curve.width;
      ctx.stroke(path);
    }
    ctx.restore();
  }

  /** Each dot a filled circle with an outline, so it reads on any cell; one outside the range sits at its edge. */
  private drawDots(ctx: CanvasRenderingContext2D) {
    ctx.save();
    ctx.setLineDash([]);
    ctx.lineWidth = 1.5;
    for (const group of this.dotGroups) {
      const path = new Path2D();
      for (const point of group.points) {
        const [x, y] = this.clamp([point[0], point[1]]);
        const [px, py] = this.toPixel(x, y);
        path.moveTo(px + DOT_RADIUS, py);
        path.arc(px, py, DOT_RADIUS, 0, 2 * Math.PI);
      }
      ctx.fillStyle = group.color;
      ctx.fill(path);
      ctx.strokeStyle = group.outline;
      ctx.stroke(path);
    }
    ctx.restore();
  }

  private drawAxes(ctx: CanvasRenderingContext2D, m: HeatMapData, ink: string) {
    const p = this.plot;
    ctx.strokeStyle = ink;
    ctx.fillStyle = ink;
    ctx.lineWidth = 1;
    ctx.setLineDash([]);
    ctx.strokeRect(p.x + 0.5, p.y + 0.5, p.w - 1, p.h - 1);
    ctx.beginPath();
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    for (const x of niceTicks(m.xMin, m.xMax, Math.max(2, Math.floor(p.w / 70)))) {
      const [px] = this.toPixel(x.value, m.yMin);
      ctx.moveTo(px, p.y + p.h);
      ctx.lineTo(px, p.y + p.h + TICK);
      ctx.fillText(x.label, px, p.y + p.h + TICK + 2);
    }
    ctx.textAlign = 'right';
    ctx.textBaseline = 'middle';
    for (const y of niceTicks(m.yMin, m.yMax, Math.max(2, Math.floor(p.h / 45)))) {
      const [, py] = this.toPixel(m.xMin, y.value);
      ctx.moveTo(p.x, py);
      ctx.lineTo(p.x - TICK, py);
      ctx.fillText(y.label, p.x - TICK - 3, py);
    }
    ctx.stroke();
    ctx.textAlign = 'center';
    ctx.textBaseline = 'bottom';
    ctx.fillText(this.words.xTitle, p.x + p.w / 2, p.y + p.h + MARGIN.bottom - 2);
    ctx.save();
    ctx.translate(14, p.y + p.h / 2);
    ctx.rotate(-Math.PI / 2);
    ctx.textBaseline = 'middle';
    ctx.fillText(this.words.yTitle, 0, 0);
    ctx.restore();
  }

  private drawLegend(ctx: CanvasRenderingContext2D, m: HeatMapData, ink: string) {
    const p = this.plot;
    const left = p.x + p.w + LEGEND_GAP;
    const n = m.palette.length;
    // Colour 0 at the bottom, one band per colour.
    for (let i = 0; i < n; i++) {
      const top = p.y + p.h - ((i + 1) / n) * p.h;
      ctx.fillStyle = m.palette[i];
      ctx.fillRect(left, Math.floor(top), LEGEND_WIDTH, Math.ceil(p.h / n) + 1);
    }
    ctx.strokeStyle = ink;
    ctx.fillStyle = ink;
    ctx.lineWidth = 1;
    ctx.strokeRect(left + 0.5, p.y + 0.5, LEGEND_WIDTH - 1, p.h - 1);
    ctx.textAlign = 'left';
    ctx.textBaseline = 'middle';
    ctx.beginPath();
    for (const tick of m.ticks) {
      const y = p.y + p.h - tick.position * p.h;
      ctx.moveTo(left + LEGEND_WIDTH, y);
      ctx.lineTo(left + LEGEND_WIDTH + TICK, y);
      ctx.fillText(tick.label, left + LEGEND_WIDTH + TICK + 3, y);
    }
    ctx.stroke();
    ctx.save();
    ctx.translate(p.x + p.w + MARGIN.right - 10, p.y + p.h / 2);
    ctx.rotate(-Math.PI / 2);
    ctx.textAlign = 'center';
    ctx.fillText(this.words.legendTitle, 0, 0);
    ctx.restore();
  }

  private drawMarker(ctx: CanvasRenderingContext2D, m: HeatMapData) {
    if (!this.marker) {
      return;
    }
    const inside = this.clamp(this.marker);
    const outside = inside[0] !== this.marker[0] || inside[1] !== this.marker[1];
    const [px, py] = this.toPixel(inside[0], inside[1]);
    ctx.save();
    ctx.setLineDash(outside ? [3, 3] : []);
    ctx.beginPath();
    ctx.arc(px, py, 7, 0, 2 * Math.PI);
    ctx.strokeStyle = '#fff';
    ctx.lineWidth = 6;
    ctx.stroke();
    ctx.strokeStyle = m.markerColor ?? '#000';
    ctx.lineWidth = 3;
    ctx.stroke();
    ctx.restore();
  }
}

/** One pixel per cell, the top row of the image being the top (largest y) row of the grid. */
function cellImage(m: HeatMapData): HTMLCanvasElement {
  const image = document.createElement('canvas');
  image.width = m.columns;
  image.height = m.rows;
  const ctx = image.getContext('2d')!;
  const pixels = ctx.createImageData(m.columns, m.rows);
  const bytes = atob(m.cells);
  const colors = m.palette.map(rgb);
  for (let row = 0; row < m.rows; row++) {
    for (let column = 0; column < m.columns; column++) {
      const index = bytes.charCodeAt(row * m.columns + column);
      const at = ((m.rows - 1 - row) * m.columns + column) * 4;
      if (index === NO_VALUE || index >= colors.length) {
        continue; // stays transparent
      }
      const [r, g, b] = colors[index];
      pixels.data[at] = r;
      pixels.data[at + 1] = g;
      pixels.data[at + 2] = b;
      pixels.data[at + 3] = 255;
    }
  }
  ctx.putImageData(pixels, 0, 0);
  return image;
}

function rgb(hex: string): number[] {
  const value = parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** About `count` ticks at round values (1, 2 or 5 × 10ⁿ apart) within [min, max], labelled without noise. */
function niceTicks(min: number, max: number, count: number): { value: number; label: string }[] {
  const rough = (max - min) / count;
  const power = Math.pow(10, Math.floor(Math.log10(rough)));
  const step = [1, 2, 5, 10].map((f) => f * power).find((s) => s >= rough) ?? 10 * power;
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  const ticks = [];
  for (let i = Math.ceil(min / step - 1e-9); i * step <= max + 1e-9 * step; i++) {
    ticks.push({ value: i * step, label: (i * step).toFixed(decimals) });
  }
  return ticks;
}

/** A coordinate for the screen reader: at most four decimals. */
function short(value: number): string {
  return String(Math.round(value * 1e4) / 1e4);
}

customElements.define('heat-map', HeatMapElement);
