let captionIds = 0;

/**
 * A plain HTML table of text cells in a scrolling box: a real `<table>` with a `<caption>` and `<th scope="col">`
 * headers, so screen readers navigate it like any table. Rows arrive as arrays of strings and are written with
 * textContent (nothing is parsed as HTML). New rows are appended to the existing ones, so a streamed step costs
 * one row, not a redraw of the table.
 *
 * The box (this element) keeps its latest row in view while rows are appended, unless the user has scrolled away
 * from the end; it scrolls only itself, never the page, and never takes the focus.
 */
export class TextTableElement extends HTMLElement {
  private readonly table = document.createElement('table');
  private readonly caption = document.createElement('caption');
  private readonly headRow = document.createElement('tr');
  private readonly body = document.createElement('tbody');
  /** Whether the box follows the latest row: true until the user scrolls away from the end. */
  private followEnd = true;
  private scrollPending = false;
  /** Where this element last scrolled itself: a scroll event there is ours, even if rows came since. */
  private autoScrollTop = -1;
  /** A hidden box (a tab not selected) cannot scroll: once it is shown, it catches up with its latest row. */
  private readonly shown = new ResizeObserver(() => {
    if (this.followEnd && this.clientHeight > 0) {
      this.scrollToEndSoon();
    }
  });

  constructor() {
    super();
    this.caption.id = `text-table-caption-${++captionIds}`;
    this.caption.className = 'text-table-caption';
    const head = document.createElement('thead');
    head.appendChild(this.headRow);
    this.table.append(this.caption, head, this.body);
    this.addEventListener('scroll', () => this.onScroll(), { passive: true });
  }

  connectedCallback() {
    if (!this.table.isConnected) {
      this.appendChild(this.table);
    }
    // A box that scrolls must be reachable with the keyboard; it is named by the table's caption.
    if (!this.hasAttribute('tabindex')) {
      this.tabIndex = 0;
    }
    this.setAttribute('role', 'region');
    this.setAttribute('aria-labelledby', this.caption.id);
    this.shown.observe(this);
  }

  disconnectedCallback() {
    this.shown.disconnect();
  }

  /** Sets the caption (the table's accessible name) and the column headers. */
  setHeaders(caption: string, headers: string[]) {
    this.caption.textContent = caption;
    this.headRow.replaceChildren(
      ...headers.map((text) => {
        const th = document.createElement('th');
        th.scope = 'col';
        th.textContent = text;
        return th;
      }),
    );
  }

  /** Replaces every row (a new run, another selection, a step back) and shows the last one. */
  replaceRows(rows: string[][]) {
    this.body.replaceChildren(this.rowsOf(rows));
    this.followEnd = true;
    this.scrollToEndSoon();
  }

  /** Appends rows after the ones shown. */
  appendRows(rows: string[][]) {
    this.body.appendChild(this.rowsOf(rows));
    if (this.followEnd) {
      this.scrollToEndSoon();
    }
  }

  private rowsOf(rows: string[][]) {
    const fragment = document.createDocumentFragment();
    for (const row of rows) {
      const tr = document.createElement('tr');
      for (const text of row) {
        const td = document.createElement('td');
        td.textContent = text;
        tr.appendChild(td);
      }
      fragment.appendChild(tr);
    }
    return fragment;
  }

  /**
   * Scrolls to the end in the next frame, before its layout: reading the size now would force a layout in the
   * middle of the server's message, and several appends in one frame need one scroll.
   */
  private scrollToEndSoon() {
    if (this.scrollPending) {
      return;
    }
    this.scrollPending = true;
    requestAnimationFrame(() => {
      this.scrollPending = false;
      this.scrollTop = this.scrollHeight;
      this.autoScrollTop = this.scrollTop;
    });
  }

  /**
   * A scroll by the user away from the end stops following the latest row; back at the end, it follows again.
   * Our own scroll's event arrives a frame later, when new rows may already have made it look like one away from
   * the end: it is recognised by its position.
   */
  private onScroll() {
    if (Math.abs(this.scrollTop - this.autoScrollTop) >= 1) {
      this.followEnd = this.scrollHeight - this.scrollTop - this.clientHeight < 2;
    }
  }
}

customElements.define('text-table', TextTableElement);
