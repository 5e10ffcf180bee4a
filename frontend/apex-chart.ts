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
  points: number[][]; // [[x, y], ...]
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Owns one ApexCharts instance. Background line series (e.g. contours) are ApexCharts series and are drawn
 * once; overlay paths are drawn by this element into ApexCharts' plot area, so appending a point never
 * re-renders the series underneath.
 *
 * All data arrive as JSON strings from the server; nothing is evaluated.
 */
export class ApexChartElement extends HTMLElement {
  private chart?: ApexCharts;
  private options: any = {};
  private series: any[] = [];
  private seriesUrl?: string;
  private overlays = new Map<string, OverlayPath>();
  private readonly host: HTMLDivElement;

  constructor() {
    super();
    this.host = document.createElement('div');
    this.host.className = 'apex-chart-host';
  }

  connectedCallback() {
    if (!this.host.isConnected) {
      this.appendChild(this.host);
    }
    if (!this.chart && Object.keys(this.options).length > 0) {
      this.render();
    }
  }

  disconnectedCallback() {
    this.chart?.destroy();
    this.chart = undefined;
  }

  /** Replaces the chart options (ApexCharts format, without series). */
  configure(optionsJson: string) {
    this.options = JSON.parse(optionsJson);
    this.render();
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
    this.series = input.map((s) => ({ name: s.name, data: toApexData(s.lines) }));
    if (this.chart) {
      await this.chart.updateSeries(this.series, false);
    } else {
      this.render();
    }
    this.dispatchEvent(new CustomEvent('series-loaded', { detail: { count: this.series.length } }));
  }

  /** Replaces all overlay paths. */
  setOverlays(pathsJson: string) {
    const paths: OverlayPath[] = JSON.parse(pathsJson);
    this.overlays = new Map(paths.map((p) => [p.id, p]));
    this.drawOverlays();
  }

  /** Appends points ([[x, y], ...]) to one overlay path and draws only the new part. */
  appendOverlayPoints(id: string, pointsJson: string) {
    const path = this.overlays.get(id);
    if (!path) {
      return;
    }
    const added: number[][] = JSON.parse(pointsJson);
    path.points.push(...added);
    this.drawOverlay(path);
    this.dispatchEvent(new CustomEvent('overlay-drawn', { detail: { id, count: path.points.length } }));
  }

  /** Number of points drawn for an overlay path (read by tests and by assistive summaries). */
  overlayPointCount(id: string): number {
    return this.overlays.get(id)?.points.length ?? 0;
  }

  /** Number of background series the chart currently draws. */
  seriesCount(): number {
    return this.chart ? (this.chart as any).w.globals.series.length : 0;
  }

  private render() {
    if (!this.isConnected) {
      return;
    }
    this.chart?.destroy();
    const options = {
      ...this.options,
      series: this.series,
      chart: {
        ...(this.options.chart ?? {}),
        events: {
          mounted: () => this.drawOverlays(),
          updated: () => this.drawOverlays(),
        },
      },
    };
    this.chart = new ApexCharts(this.host, options);
    this.chart.render();
  }

  private overlayLayer(): SVGGElement | null {
    const plot = this.host.querySelector('.apexcharts-graphical');
    if (!plot) {
      return null;
    }
    let layer = plot.querySelector<SVGGElement>(':scope > g.overlay-layer');
    if (!layer) {
      layer = document.createElementNS(SVG_NS, 'g') as SVGGElement;
      layer.setAttribute('class', 'overlay-layer');
      plot.appendChild(layer);
    }
    return layer;
  }

  private drawOverlays() {
    const layer = this.overlayLayer();
    if (!layer) {
      return;
    }
    layer.replaceChildren();
    this.overlays.forEach((path) => this.drawOverlay(path));
  }

  /** Draws the points of a path not yet drawn (all of them after a re-render). */
  private drawOverlay(path: OverlayPath) {
    const layer = this.overlayLayer();
    const scale = this.scale();
    if (!layer || !scale) {
      return;
    }
    let group = layer.querySelector<SVGGElement>(`:scope > g[data-id="${CSS.escape(path.id)}"]`);
    if (!group) {
      group = document.createElementNS(SVG_NS, 'g') as SVGGElement;
      group.dataset.id = path.id;
      group.setAttribute('class', 'overlay-path');
      const line = document.createElementNS(SVG_NS, 'polyline');
      line.setAttribute('fill', 'none');
      line.setAttribute('stroke-width', '2');
      group.appendChild(line);
      layer.appendChild(group);
    }
    const line = group.querySelector('polyline')!;
    line.setAttribute('stroke', path.color);
    line.setAttribute('points', path.points.map((p) => scale(p).join(',')).join(' '));
    const markers = group.querySelectorAll('circle');
    markers.forEach((m) => m.classList.remove('current'));
    for (let i = markers.length; i < path.points.length; i++) {
      const [cx, cy] = scale(path.points[i]);
      const marker = document.createElementNS(SVG_NS, 'circle');
      marker.setAttribute('cx', String(cx));
      marker.setAttribute('cy', String(cy));
      marker.setAttribute('r', '3.5');
      marker.setAttribute('fill', path.color);
      marker.setAttribute('class', 'overlay-marker');
      group.appendChild(marker);
    }
    group.querySelector('circle:last-of-type')?.classList.add('current');
  }

  /** Data coordinates → pixel coordinates of the plot area, or undefined before the first render. */
  private scale(): ((p: number[]) => number[]) | undefined {
    const g = (this.chart as any)?.w?.globals;
    if (!g || !(g.gridWidth > 0) || !(g.maxX > g.minX) || !(g.maxY > g.minY)) {
      return undefined;
    }
    const sx = g.gridWidth / (g.maxX - g.minX);
    const sy = g.gridHeight / (g.maxY - g.minY);
    return ([x, y]) => [round((x - g.minX) * sx), round(g.gridHeight - (y - g.minY) * sy)];
  }
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
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
