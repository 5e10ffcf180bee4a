import ApexCharts from 'apexcharts';

/** A polyline series: one legend entry, drawn as several polylines separated by gaps. */
interface PolylineSeries {
  name: string;
  lines: number[][]; // each line is a flat [x0, y0, x1, y1, ...]
}

/** A path drawn on top of the chart: a polyline with a marker at every point. */
interface OverlayPath {
  id: string;
  color: string;
  label: string;
  dashed?: boolean;
  points: number[][]; // [[x, y], ...]
}

/** The elements of an overlay path on screen and the points they show. */
interface DrawnPath {
  line: SVGPolylineElement;
  group: SVGGElement;
  points: string;
  count: number;
  last?: SVGCircleElement;
}

/** An arrow drawn on top of the chart, in data coordinates. */
interface Arrow {
  from: number[];
  to: number[];
  color: string;
}

/** Ticks, titles and markers the element draws around the plot itself (see the server's ChartFrame). */
interface Frame {
  x: FrameAxis;
  y: FrameAxis;
  markers: number[][];
  markerLabel?: string;
  equalScale: boolean;
  unequalNote?: string;
  gridLines: boolean;
}

interface FrameAxis {
  title?: string;
  ticks: { at: number; label: string }[];
}

/** ApexCharts' plot area: its size in pixels and the data ranges of its axes. */
interface Plot {
  gridWidth: number;
  gridHeight: number;
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Room ApexCharts leaves around its plot for our tick labels and titles, in CSS pixels. */
const FRAME_PADDING = { top: 6, right: 14, bottom: 38, left: 58 };
const TICK_LENGTH = 5;
/** Below this plot height equal scales give way, and a note says so. */
const MIN_PLOT_HEIGHT = 200;
/** The largest share of the browser window's height an equal-scale chart may take. */
const MAX_HEIGHT_SHARE = 0.72;
/** Fraction of the axis range one arrow-key press moves the handle (ten times that with Shift). */
const KEY_STEP = 0.01;
/** Pixels the reveal clip leaves around the plot area, so line ends and strokes at the edges stay whole. */
const CLIP_MARGIN = 4;
let clipIds = 0;

/**
 * Owns one ApexCharts instance. Background line series (e.g. contours) are ApexCharts series and are drawn
 * once; overlay paths, arrows and the handle are drawn by this element in an SVG of its own laid over
 * ApexCharts' plot area, so appending a point neither re-renders nor repaints the series underneath.
 *
 * The handle is a point the user can place by clicking, dragging or with the arrow keys (the element is
 * focusable when the handle is enabled); every move fires a `handle-moved` event with data coordinates.
 *
 * All data arrive as JSON strings from the server; nothing is evaluated.
 */
/** The system's colour scheme: the page follows it, and so do the colours of the drawings. */
const darkScheme = window.matchMedia('(prefers-color-scheme: dark)');

/**
 * The least relative luminance (WCAG) a line needs on the dark page: a contrast of about 3:1 against Lumo's dark
 * background. Colours chosen for a white page (viridis' dark end, blue paths) would sink into it.
 */
const DARK_MIN_LUMINANCE = 0.2;

/** The colour to draw with: as given on a light page; on a dark one mixed with white until it stands out. */
function ink(color: string): string {
  const rgb = /^#([0-9a-f]{6})$/i.exec(color ?? '') ? [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16) / 255) : undefined;
  if (!darkScheme.matches || !rgb || luminance(rgb) >= DARK_MIN_LUMINANCE) {
    return color;
  }
  const mix = (t: number) => rgb.map((c) => c + (1 - c) * t);
  let [low, high] = [0, 1];
  for (let i = 0; i < 12; i++) {
    const t = (low + high) / 2;
    if (luminance(mix(t)) >= DARK_MIN_LUMINANCE) {
      high = t;
    } else {
      low = t;
    }
  }
  return '#' + mix(high).map((c) => Math.round(c * 255).toString(16).padStart(2, '0')).join('');
}

function luminance(rgb: number[]): number {
  const [r, g, b] = rgb.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export class ApexChartElement extends HTMLElement {
  private chart?: ApexCharts;
  private options: any = {};
  private frame?: Frame;
  /** Pixels around ApexCharts' plot inside the host, as last measured (a guess before the first render). */
  private margins = { x: FRAME_PADDING.left + FRAME_PADDING.right, y: FRAME_PADDING.top + FRAME_PADDING.bottom };
  private fittedWidth = 0;
  private readonly resizeObserver = new ResizeObserver(() => this.onResize());
  private series: any[] = [];
  private visibleXMax = Infinity;
  private renderPending = false;
  private readonly clipId = `apex-chart-reveal-${++clipIds}`;
  private seriesUrl?: string;
  private overlays = new Map<string, OverlayPath>();
  /** What is on screen of each overlay path, so that a streamed step touches only its new points. */
  private drawnPaths = new Map<string, DrawnPath>();
  private arrows: Arrow[] = [];
  private handle?: number[];
  private handleEnabled = false;
  private dragging = false;
  private readonly host: HTMLDivElement;
  /**
   * Our drawings (paths, arrows, handle) live in an SVG of their own over ApexCharts' SVG, on a compositor layer
   * of their own: a streamed step then repaints a few markers instead of the whole chart with its contours.
   */
  private readonly overlaySvg: SVGSVGElement;
  private readonly overlayPlot: SVGGElement;

  constructor() {
    super();
    this.host = document.createElement('div');
    this.host.className = 'apex-chart-host';
    this.overlaySvg = document.createElementNS(SVG_NS, 'svg') as SVGSVGElement;
    this.overlaySvg.setAttribute('class', 'apex-chart-overlay');
    this.overlaySvg.setAttribute('aria-hidden', 'true');
    this.overlaySvg.style.cssText =
      'position: absolute; left: 0; top: 0; width: 100%; height: 100%; pointer-events: none; will-change: transform;'
      + ' contain: strict';
    this.overlayPlot = document.createElementNS(SVG_NS, 'g') as SVGGElement;
    this.overlaySvg.appendChild(this.overlayPlot);
    // Paths and arrows are clipped to the plot area: a diverging path must not draw over the axes.
    const clip = document.createElementNS(SVG_NS, 'clipPath');
    clip.id = `${this.clipId}-plot`;
    clip.appendChild(document.createElementNS(SVG_NS, 'rect'));
    this.overlayPlot.appendChild(clip);
    for (const name of ['frame-layer', 'overlay-layer', 'arrow-layer', 'handle-layer']) {
      const layer = document.createElementNS(SVG_NS, 'g');
      layer.setAttribute('class', name);
      if (name === 'overlay-layer' || name === 'arrow-layer') {
        layer.setAttribute('clip-path', `url(#${clip.id})`);
      }
      this.overlayPlot.appendChild(layer);
    }
    this.addEventListener('pointerdown', (e) => this.onPointerDown(e));
    this.addEventListener('pointermove', (e) => this.onPointerMove(e));
    this.addEventListener('pointerup', () => (this.dragging = false));
    this.addEventListener('pointercancel', () => (this.dragging = false));
    this.addEventListener('keydown', (e) => this.onKeyDown(e));
  }

  private readonly onSchemeChange = () => this.chart && this.renderSoon();

  connectedCallback() {
    this.resizeObserver.observe(this);
    darkScheme.addEventListener('change', this.onSchemeChange);
    if (!this.host.isConnected) {
      this.style.position = 'relative';
      this.append(this.host, this.overlaySvg);
    }
    if (!this.chart && Object.keys(this.options).length > 0) {
      this.render();
    }
  }

  disconnectedCallback() {
    this.resizeObserver.disconnect();
    darkScheme.removeEventListener('change', this.onSchemeChange);
    this.chart?.destroy();
    this.chart = undefined;
  }

  /** Replaces the chart options (ApexCharts format, without series). */
  configure(optionsJson: string) {
    const { frame, ...options } = JSON.parse(optionsJson);
    this.options = options;
    this.frame = frame;
    if (this.chart) {
      this.renderSoon();
    } else {
      this.render();
    }
  }

  /**
   * Replaces the background series with polyline series fetched from a URL: the data are the same for
   * every user, so the browser and any proxy can cache them.
   */
  async loadPolylineSeries(url: string) {
    this.seriesUrl = url;
    const response = await fetch(url);
    if (!response.ok || this.seriesUrl !== url) {
      return;
    }
    const input: PolylineSeries[] = await response.json();
    if (this.seriesUrl !== url) {
      return;
    }
    await this.replaceSeries(input.map((s) => ({ name: s.name, data: toApexData(s.lines) })));
  }

  /**
   * Replaces the series with xy line series ([{name, data: [[x, y], ...]}]), shown up to {@link setVisibleXMax}.
   * They are drawn whole, once, on the axes of the options (give them a fixed range).
   */
  setLineSeries(seriesJson: string) {
    this.seriesUrl = undefined;
    this.replaceSeries(JSON.parse(seriesJson));
  }

  /**
   * Shows the line series only up to x = max (the rest stays hidden until revealed). A clip over the drawn
   * lines: revealing the next step of a streamed run changes one attribute instead of redrawing the chart,
   * which took ApexCharts some 50 ms per step.
   */
  setVisibleXMax(max: number) {
    this.visibleXMax = max;
    this.clipLines();
  }

  /** Replaces all overlay paths. */
  setOverlays(pathsJson: string) {
    const paths: OverlayPath[] = JSON.parse(pathsJson);
    this.overlays = new Map(paths.map((p) => [p.id, p]));
    this.drawOverlays();
  }

  /**
   * One streamed step: appends points ({id: [[x, y], ...]}) to overlay paths, drawing only the new part of
   * each, and replaces the arrows ([{from: [x, y], to: [x, y], color}]).
   */
  appendOverlayPoints(addedJson: string, arrowsJson: string) {
    const added: Record<string, number[][]> = JSON.parse(addedJson);
    for (const [id, points] of Object.entries(added)) {
      const path = this.overlays.get(id);
      if (path) {
        path.points.push(...points);
        this.drawOverlay(path);
      }
    }
    this.setArrows(arrowsJson);
  }

  /** Replaces the arrows ([{from: [x, y], to: [x, y], color}]). */
  setArrows(arrowsJson: string) {
    this.arrows = JSON.parse(arrowsJson);
    this.drawArrows();
  }

  /** Shows the handle at (x, y); when enabled, clicks, drags and arrow keys move it. */
  setHandle(x: number, y: number, enabled: boolean) {
    this.handle = [x, y];
    this.handleEnabled = enabled;
    this.tabIndex = enabled ? 0 : -1;
    this.drawHandle();
  }

  /**
   * Redraws a chart already on screen in a task of its own after the next frame: a server message that also
   * updates other charts (the lab's main chart) gets those onto the screen first instead of waiting for this
   * whole redraw. A plain timer is not enough: the browser may run it before that frame, which then waits for
   * the redraw (the loss chart's takes 40–110 ms on a machine without a GPU).
   */
  private renderSoon() {
    if (!this.renderPending) {
      this.renderPending = true;
      requestAnimationFrame(() =>
        setTimeout(() => {
          this.renderPending = false;
          this.render();
        }),
      );
    }
  }

  private async replaceSeries(series: any[]) {
    this.series = series;
    if (this.renderPending) {
      return; // the pending redraw draws them
    }
    if (this.chart) {
      await this.chart.updateSeries(this.series, false);
    } else {
      this.render();
    }
  }

  private render() {
    if (!this.isConnected) {
      return;
    }
    this.chart?.destroy();
    this.fitEqualScale();
    const options = {
      ...this.options,
      ...(this.frame ? framedAxes(this.options) : {}),
      ...(this.options.colors ? { colors: this.options.colors.map(ink) } : {}),
      series: this.series,
      chart: {
        ...(this.options.chart ?? {}),
        events: {
          mounted: () => this.drawAll(),
          updated: () => this.drawAll(),
        },
      },
    };
    this.chart = new ApexCharts(this.host, options);
    this.chart.render();
  }

  private drawAll() {
    if (this.measureMargins()) {
      this.renderSoon(); // the first guess of the room around the plot was off: equal scales need another try
      return;
    }
    this.placeOverlay();
    this.drawFrame();
    this.clipLines();
    this.drawOverlays();
    this.drawArrows();
    this.drawHandle();
  }

  /** Puts the origin of our drawings on the origin of ApexCharts' plot area (it moves when the chart redraws). */
  private placeOverlay() {
    const plot = this.host.querySelector<SVGGraphicsElement>('.apexcharts-graphical');
    const origin = plot?.getScreenCTM();
    if (!origin) {
      return;
    }
    const box = this.getBoundingClientRect();
    this.overlayPlot.setAttribute('transform', `translate(${origin.e - box.left}, ${origin.f - box.top})`);
  }

  /**
   * Sizes the host so one unit is as long on x as on y, as wide as the element allows and no taller than
   * a share of the browser window; below a minimum plot height the scales give way (and the frame says so).
   */
  private fitEqualScale() {
    const xr = this.options.xaxis?.max - this.options.xaxis?.min;
    const yr = this.options.yaxis?.max - this.options.yaxis?.min;
    if (!this.frame?.equalScale || !(xr > 0) || !(yr > 0) || this.clientWidth === 0) {
      this.host.style.width = '';
      this.host.style.height = '';
      this.style.aspectRatio = '';
      this.style.height = '';
      return;
    }
    this.fittedWidth = this.clientWidth;
    const maxHeight = Math.max(MIN_PLOT_HEIGHT + this.margins.y, window.innerHeight * MAX_HEIGHT_SHARE);
    const scale = Math.min((this.clientWidth - this.margins.x) / xr, (maxHeight - this.margins.y) / yr);
    let plotWidth = scale * xr;
    let plotHeight = scale * yr;
    if (plotHeight < MIN_PLOT_HEIGHT) {
      plotHeight = MIN_PLOT_HEIGHT;
      plotWidth = this.clientWidth - this.margins.x;
    }
    this.style.aspectRatio = 'auto';
    this.style.height = 'auto';
    this.host.style.margin = '0 auto';
    this.host.style.width = `${Math.floor(plotWidth + this.margins.x)}px`;
    this.host.style.height = `${Math.floor(plotHeight + this.margins.y)}px`;
  }

  /** Measures the room around the plot; true if an equal-scale chart must be sized again with it. */
  private measureMargins(): boolean {
    const g = this.plot();
    if (!g || !(g.gridWidth > 0)) {
      return false;
    }
    const measured = { x: this.host.clientWidth - g.gridWidth, y: this.host.clientHeight - g.gridHeight };
    const changed = Math.abs(measured.x - this.margins.x) > 1 || Math.abs(measured.y - this.margins.y) > 1;
    this.margins = measured;
    return changed && !!this.frame?.equalScale;
  }

  private onResize() {
    if (this.frame?.equalScale && this.chart && Math.abs(this.clientWidth - this.fittedWidth) > 1) {
      this.renderSoon();
    }
  }

  /** Border, ticks, tick labels, titles, grid lines and markers, from the frame the server sent. */
  private drawFrame() {
    const layer = this.overlayLayer('frame-layer');
    const scale = this.scale();
    const g = this.plot();
    layer.replaceChildren();
    const clipRect = this.overlayPlot.querySelector('clipPath > rect');
    if (!scale || !g || !clipRect) {
      return;
    }
    clipRect.setAttribute('width', String(g.gridWidth));
    clipRect.setAttribute('height', String(g.gridHeight));
    if (!this.frame) {
      return;
    }
    const w = g.gridWidth;
    const h = g.gridHeight;
    const frame = this.frame;
    if (frame.gridLines) {
      for (const tick of frame.y.ticks) {
        const [, py] = scale([g.minX, tick.at]);
        layer.appendChild(svg('line', { x1: 0, y1: py, x2: w, y2: py, class: 'chart-grid-line' }));
      }
    }
    layer.appendChild(svg('rect', { x: 0, y: 0, width: w, height: h, class: 'chart-frame' }));
    const xLabelEvery = labelEvery(frame.x.ticks, (t) => scale([t, g.minY])[0], (label) => label.length * 7 + 10);
    frame.x.ticks.forEach((tick, i) => {
      const [px] = scale([tick.at, g.minY]);
      layer.appendChild(svg('line', { x1: px, y1: h, x2: px, y2: h + TICK_LENGTH, class: 'chart-tick' }));
      if (i % xLabelEvery === 0) {
        layer.appendChild(text(tick.label, { x: px, y: h + TICK_LENGTH + 12, class: 'chart-tick-label', 'text-anchor': 'middle' }));
      }
    });
    const yLabelEvery = labelEvery(frame.y.ticks, (t) => scale([g.minX, t])[1], () => 18);
    let widestYLabel = 0;
    frame.y.ticks.forEach((tick, i) => {
      const [, py] = scale([g.minX, tick.at]);
      layer.appendChild(svg('line', { x1: -TICK_LENGTH, y1: py, x2: 0, y2: py, class: 'chart-tick' }));
      if (i % yLabelEvery === 0) {
        const label = text(tick.label, { x: -TICK_LENGTH - 3, y: py + 4, class: 'chart-tick-label', 'text-anchor': 'end' });
        layer.appendChild(label);
        widestYLabel = Math.max(widestYLabel, (label as SVGTextElement).getComputedTextLength());
      }
    });
    if (frame.x.title) {
      layer.appendChild(text(frame.x.title, { x: w / 2, y: h + TICK_LENGTH + 27, class: 'chart-axis-title x-title', 'text-anchor': 'middle' }));
    }
    if (frame.y.title) {
      const x = -TICK_LENGTH - 7 - widestYLabel;
      layer.appendChild(text(frame.y.title, {
        x, y: h / 2, class: 'chart-axis-title y-title', 'text-anchor': 'middle',
        transform: `rotate(-90 ${x} ${h / 2})`,
      }));
    }
    for (const [x, y] of frame.markers) {
      const [px, py] = scale([x, y]);
      const marker = svg('path', { d: `M${px - 5},${py - 5}L${px + 5},${py + 5}M${px - 5},${py + 5}L${px + 5},${py - 5}`, class: 'chart-minimum' });
      if (frame.markerLabel) {
        marker.appendChild(svg('title', {})).textContent = frame.markerLabel;
      }
      layer.appendChild(marker);
    }
    const yr = g.maxY - g.minY;
    const unequal = frame.equalScale && Math.abs(w / (g.maxX - g.minX) - h / yr) > 0.02 * (h / yr);
    this.toggleAttribute('unequal-scales', unequal);
    if (unequal && frame.unequalNote) {
      layer.appendChild(text(frame.unequalNote, { x: w, y: -FRAME_PADDING.top + 11, class: 'chart-note', 'text-anchor': 'end' }));
    }
  }

  /** One of our groups over the plot area: frame under paths under arrows under the handle. */
  private overlayLayer(name: 'frame-layer' | 'overlay-layer' | 'arrow-layer' | 'handle-layer'): SVGGElement {
    return this.overlayPlot.querySelector<SVGGElement>(`:scope > g.${name}`)!;
  }

  /** A group of ours inside ApexCharts' plot area, re-created after ApexCharts redraws it. */
  private layer(name: string): SVGGElement | null {
    const plot = this.host.querySelector('.apexcharts-graphical');
    if (!plot) {
      return null;
    }
    let layer = plot.querySelector<SVGGElement>(`:scope > g.${name}`);
    if (!layer) {
      layer = document.createElementNS(SVG_NS, 'g') as SVGGElement;
      layer.setAttribute('class', name);
      plot.appendChild(layer);
    }
    return layer;
  }

  /** Clips ApexCharts' line series at x = visibleXMax with a clip path of ours (again after every redraw). */
  private clipLines() {
    const lines = this.host.querySelector<SVGGElement>('.apexcharts-graphical > .apexcharts-line-series');
    const scale = this.scale();
    const g = this.plot();
    if (!lines || !scale || !g) {
      return;
    }
    if (this.visibleXMax === Infinity) {
      lines.removeAttribute('clip-path');
      return;
    }
    const layer = this.layer('clip-layer')!;
    let rect = layer.querySelector('rect');
    if (!rect) {
      const clip = document.createElementNS(SVG_NS, 'clipPath');
      clip.id = this.clipId;
      clip.setAttribute('clipPathUnits', 'userSpaceOnUse');
      rect = document.createElementNS(SVG_NS, 'rect');
      clip.appendChild(rect);
      layer.appendChild(clip);
    }
    const [right] = scale([this.visibleXMax, g.minY]);
    rect.setAttribute('x', String(-CLIP_MARGIN));
    rect.setAttribute('y', String(-CLIP_MARGIN));
    rect.setAttribute('width', String(Math.max(0, right + CLIP_MARGIN)));
    rect.setAttribute('height', String(g.gridHeight + 2 * CLIP_MARGIN));
    lines.setAttribute('clip-path', `url(#${this.clipId})`);
  }

  private drawOverlays() {
    const layer = this.overlayLayer('overlay-layer');
    layer.replaceChildren();
    this.drawnPaths.clear();
    this.overlays.forEach((path) => this.drawOverlay(path));
  }

  /** Draws the points of a path not yet drawn (all of them after a re-render). */
  private drawOverlay(path: OverlayPath) {
    const scale = this.scale();
    if (!scale) {
      return;
    }
    let drawn = this.drawnPaths.get(path.id);
    if (!drawn) {
      const group = document.createElementNS(SVG_NS, 'g') as SVGGElement;
      group.dataset.id = path.id;
      group.setAttribute('class', 'overlay-path');
      const line = document.createElementNS(SVG_NS, 'polyline') as SVGPolylineElement;
      line.setAttribute('fill', 'none');
      line.setAttribute('stroke-width', '2');
      line.setAttribute('stroke', ink(path.color));
      if (path.dashed) {
        line.setAttribute('stroke-dasharray', '6 3');
      }
      group.appendChild(line);
      this.overlayLayer('overlay-layer').appendChild(group);
      drawn = { group, line, points: '', count: 0 };
      this.drawnPaths.set(path.id, drawn);
    }
    const added = path.points.slice(drawn.count).map((p) => scale(p));
    if (added.length === 0) {
      return;
    }
    drawn.points += added.map((p) => ' ' + p.join(',')).join('');
    drawn.count = path.points.length;
    drawn.line.setAttribute('points', drawn.points);
    drawn.last?.classList.remove('current');
    const fill = ink(path.color);
    for (const [cx, cy] of added) {
      const marker = document.createElementNS(SVG_NS, 'circle') as SVGCircleElement;
      marker.setAttribute('cx', String(cx));
      marker.setAttribute('cy', String(cy));
      marker.setAttribute('r', '3.5');
      marker.setAttribute('fill', fill);
      marker.setAttribute('class', 'overlay-marker');
      drawn.group.appendChild(marker);
      drawn.last = marker;
    }
    drawn.last?.classList.add('current');
  }

  /** Draws the arrows into the elements of the last ones where there are (a streamed step moves them). */
  private drawArrows() {
    const layer = this.overlayLayer('arrow-layer');
    const scale = this.scale();
    if (!scale) {
      return;
    }
    while (layer.childElementCount > this.arrows.length) {
      layer.lastElementChild!.remove();
    }
    this.arrows.forEach((arrow, i) => {
      const [x1, y1] = scale(arrow.from);
      const [x2, y2] = scale(arrow.to);
      const length = Math.hypot(x2 - x1, y2 - y1);
      const color = ink(arrow.color);
      let group = layer.children.item(i) as SVGGElement | null;
      if (!group) {
        group = svg('g', { class: 'overlay-arrow', 'data-index': i }) as SVGGElement;
        group.appendChild(svg('line', { 'stroke-width': 2.5 }));
        layer.appendChild(group);
      }
      setAttributes(group.querySelector('line')!, { x1, y1, x2, y2, stroke: color });
      let head = group.querySelector('polygon');
      if (length >= 4) {
        // An arrowhead of fixed pixel size, pointing along the arrow.
        const ux = (x2 - x1) / length;
        const uy = (y2 - y1) / length;
        const size = Math.min(9, length / 2);
        const left = [x2 - ux * size - uy * size * 0.5, y2 - uy * size + ux * size * 0.5];
        const right = [x2 - ux * size + uy * size * 0.5, y2 - uy * size - ux * size * 0.5];
        head ??= group.appendChild(svg('polygon', {}) as SVGPolygonElement);
        setAttributes(head, { points: `${x2},${y2} ${left.join(',')} ${right.join(',')}`, fill: color });
      } else {
        head?.remove();
      }
    });
  }

  private drawHandle() {
    const layer = this.overlayLayer('handle-layer');
    const scale = this.scale();
    if (!scale) {
      return;
    }
    layer.replaceChildren();
    if (!this.handle) {
      return;
    }
    const [cx, cy] = scale(this.handle);
    const ring = document.createElementNS(SVG_NS, 'circle');
    ring.setAttribute('cx', String(cx));
    ring.setAttribute('cy', String(cy));
    ring.setAttribute('r', '8');
    ring.setAttribute('class', 'chart-handle');
    layer.appendChild(ring);
  }

  private onPointerDown(e: PointerEvent) {
    if (!this.handleEnabled || e.button !== 0) {
      return;
    }
    const point = this.dataAt(e);
    if (point) {
      this.dragging = true;
      this.setPointerCapture(e.pointerId);
      this.moveHandle(point);
    }
  }

  private onPointerMove(e: PointerEvent) {
    if (this.dragging) {
      const point = this.dataAt(e);
      if (point) {
        this.moveHandle(point);
      }
    }
  }

  private onKeyDown(e: KeyboardEvent) {
    const g = this.plot();
    if (!this.handleEnabled || !this.handle || !g) {
      return;
    }
    const step = e.shiftKey ? KEY_STEP * 10 : KEY_STEP;
    const dx = (g.maxX - g.minX) * step;
    const dy = (g.maxY - g.minY) * step;
    const moves: Record<string, number[]> = {
      ArrowLeft: [-dx, 0],
      ArrowRight: [dx, 0],
      ArrowUp: [0, dy],
      ArrowDown: [0, -dy],
    };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      const x = clamp(this.handle[0] + move[0], g.minX, g.maxX);
      const y = clamp(this.handle[1] + move[1], g.minY, g.maxY);
      this.moveHandle([x, y]);
    }
  }

  private moveHandle(point: number[]) {
    this.handle = point;
    this.drawHandle();
    this.dispatchEvent(new CustomEvent('handle-moved', { detail: { x: point[0], y: point[1] } }));
  }

  /** The data coordinates under a pointer, or undefined outside the plot area. */
  private dataAt(e: PointerEvent): number[] | undefined {
    const g = this.plot();
    const plot = this.host.querySelector('.apexcharts-graphical');
    if (!g || !plot) {
      return undefined;
    }
    const box = (plot as SVGGraphicsElement).getBoundingClientRect();
    const px = e.clientX - box.left;
    const py = e.clientY - box.top;
    if (px < 0 || py < 0 || px > g.gridWidth || py > g.gridHeight) {
      return undefined;
    }
    return [g.minX + (px / g.gridWidth) * (g.maxX - g.minX), g.maxY - (py / g.gridHeight) * (g.maxY - g.minY)];
  }

  /**
   * The plot area ApexCharts drew: its size in pixels and the axis ranges. The ranges are our own options (every
   * axis we configure has a fixed min and max); ApexCharts 4.7 has no public method or event for the size of
   * the plot area it computed, so that alone is read from its private `w.globals`.
   */
  private plot(): Plot | undefined {
    const g = (this.chart as any)?.w?.globals;
    const x = this.options.xaxis;
    const y = this.options.yaxis;
    if (!g || !(g.gridWidth > 0) || !(g.gridHeight > 0) || !(x?.max > x?.min) || !(y?.max > y?.min)) {
      return undefined;
    }
    return { gridWidth: g.gridWidth, gridHeight: g.gridHeight, minX: x.min, maxX: x.max, minY: y.min, maxY: y.max };
  }

  /** Data coordinates → pixel coordinates of the plot area, or undefined before the first render. */
  private scale(): ((p: number[]) => number[]) | undefined {
    const g = this.plot();
    if (!g) {
      return undefined;
    }
    const sx = g.gridWidth / (g.maxX - g.minX);
    const sy = g.gridHeight / (g.maxY - g.minY);
    return ([x, y]) => [round((x - g.minX) * sx), round(g.gridHeight - (y - g.minY) * sy)];
  }
}

/** ApexCharts' own axes and grid hidden, with room for ours (the frame). */
function framedAxes(options: any): any {
  const hidden = { labels: { show: false }, axisTicks: { show: false }, axisBorder: { show: false }, title: {} };
  return {
    xaxis: { ...(options.xaxis ?? {}), ...hidden },
    yaxis: { ...(options.yaxis ?? {}), ...hidden, labels: { show: false, minWidth: 0 } },
    grid: { show: false, padding: FRAME_PADDING },
  };
}

/** Label every n-th tick so that labels do not overlap (ticks 0, n, 2n … keep theirs). */
function labelEvery(ticks: { at: number; label: string }[], position: (at: number) => number, size: (label: string) => number): number {
  if (ticks.length < 2) {
    return 1;
  }
  const spacing = Math.abs(position(ticks[1].at) - position(ticks[0].at));
  const needed = Math.max(...ticks.map((t) => size(t.label)));
  return spacing > 0 ? Math.max(1, Math.ceil(needed / spacing)) : 1;
}

function svg(name: string, attributes: Record<string, string | number>): SVGElement {
  return setAttributes(document.createElementNS(SVG_NS, name) as SVGElement, attributes);
}

function setAttributes<E extends Element>(element: E, attributes: Record<string, string | number>): E {
  for (const [key, value] of Object.entries(attributes)) {
    element.setAttribute(key, String(value));
  }
  return element;
}

function text(content: string, attributes: Record<string, string | number>): SVGElement {
  const element = svg('text', attributes);
  element.textContent = content;
  return element;
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}

function clamp(v: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, v));
}

/** Flat polylines → ApexCharts xy data, with a null point between polylines so they are not joined. */
function toApexData(lines: number[][]): (number | null)[][] {
  const data: (number | null)[][] = [];
  lines.forEach((xy, index) => {
    if (index > 0) {
      data.push([xy[0], null]);
    }
    for (let i = 0; i + 1 < xy.length; i += 2) {
      data.push([xy[i], xy[i + 1]]);
    }
  });
  return data;
}

customElements.define('apex-chart', ApexChartElement);
