/**
 * <ml-lesson>: the lesson column. Flow fills it (light DOM); this element only keeps the reader's place.
 *
 * - It remembers which part of the lesson ([data-anchor]: a section, the drill, the quiz) is at the top of the
 *   window and how far into it the reader is. After a language switch replaced the text, the server calls
 *   restorePosition() and the same part comes back to the same place, although its height changed.
 * - Its own #links (table of contents, cross references) jump inside the page. The browser would resolve them
 *   against the document's <base href="./">, which drops the query string (the lab's state and the language),
 *   and load the page again.
 * - It keeps the #anchor the reader chose (table of contents, a shared link) in the URL when the page
 *   rewrites its query string (language, permalink), and scrolls to it once the lesson has arrived.
 * - After either jump the place stays pinned while the layout settles (web fonts, formulas, charts change
 *   heights a moment later), until the reader scrolls, clicks, touches or types.
 */
interface Place {
  anchor: string;
  /** How far the top of the window is into the part, as a fraction of its height (0 when it starts below). */
  progress: number;
  /** Where the part starts below the top of the window, in pixels (0 when the window is inside it). */
  offset: number;
}

export class LessonColumnElement extends HTMLElement {
  private place?: Place;
  private pinned?: Place;
  private hash = '';
  private frame = 0;
  private readonly resizes = new ResizeObserver(() => this.realign());

  private readonly unpin = () => {
    this.pinned = undefined;
  };

  private readonly onScroll = () => {
    if (!this.frame) {
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.place = this.pinned ?? this.currentPlace();
      });
    }
  };

  private readonly onHashChange = () => {
    this.hash = location.hash;
  };

  private readonly onLinkClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    const link = (event.target as Element | null)?.closest?.('a[href^="#"]');
    const anchor = link ? decodeURIComponent(link.getAttribute('href')!.substring(1)) : '';
    if (link && !this.findPart(anchor) && this.openLabView(anchor)) {
      event.preventDefault();
      return;
    }
    const target = this.findPart(anchor);
    if (!target) {
      return;
    }
    event.preventDefault();
    this.hash = '#' + encodeURIComponent(anchor);
    history.pushState(history.state, '', location.pathname + location.search + this.hash);
    this.show(target);
    // Keyboard readers continue from the section they jumped to, as after a native jump.
    const heading = this.querySelector<HTMLElement>(`#${CSS.escape(anchor)}`) ?? target;
    if (!heading.hasAttribute('tabindex')) {
      heading.setAttribute('tabindex', '-1');
    }
    heading.focus({ preventScroll: true });
  };

  /** Flow rewrote the URL (after its own replaceState): put back the reader's #anchor if it was dropped. */
  private readonly onNavigated = () => {
    if (this.hash && !location.hash && this.findPart(this.hash.substring(1))) {
      history.replaceState(history.state, '', location.pathname + location.search + this.hash);
    }
  };

  connectedCallback() {
    this.hash = location.hash;
    window.addEventListener('scroll', this.onScroll, { passive: true });
    window.addEventListener('hashchange', this.onHashChange);
    window.addEventListener('vaadin-navigated', this.onNavigated);
    this.addEventListener('click', this.onLinkClick);
    for (const type of ['wheel', 'touchstart', 'pointerdown', 'keydown']) {
      window.addEventListener(type, this.unpin, { passive: true, capture: true });
    }
    this.resizes.observe(this);
  }

  disconnectedCallback() {
    window.removeEventListener('scroll', this.onScroll);
    window.removeEventListener('hashchange', this.onHashChange);
    window.removeEventListener('vaadin-navigated', this.onNavigated);
    this.removeEventListener('click', this.onLinkClick);
    for (const type of ['wheel', 'touchstart', 'pointerdown', 'keydown']) {
      window.removeEventListener(type, this.unpin, { capture: true });
    }
    this.resizes.disconnect();
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  /**
   * A link to one of the lab's views (its tab panel, e.g. #view-stability): selects that tab and brings the lab into
   * view. The browser's own jump would resolve against <base href="./"> and reload the page without its query.
   */
  private openLabView(anchor: string): boolean {
    const panel = anchor ? document.getElementById(anchor) : null;
    const tab = panel?.getAttribute('role') === 'tabpanel' ? document.getElementById(panel.getAttribute('aria-labelledby') ?? '') : null;
    if (!tab) {
      return false;
    }
    tab.click();
    tab.scrollIntoView({ block: 'start' });
    tab.focus({ preventScroll: true });
    return true;
  }

  /** Scrolls to the part the URL's #anchor names, if the lesson has it. */
  showLocationHash() {
    const target = location.hash ? this.findPart(decodeURIComponent(location.hash.substring(1))) : null;
    if (target) {
      this.show(target);
    }
  }

  /** Scrolls a part to the top of the window and keeps it there while the layout settles. */
  private show(target: HTMLElement) {
    if (target.dataset.anchor) {
      this.pin({ anchor: target.dataset.anchor, progress: 0, offset: 0 });
    } else {
      target.scrollIntoView({ block: 'start' });
    }
  }

  /** Brings the remembered part back to where it was in the window. */
  restorePosition() {
    if (this.place) {
      this.pin(this.place);
    }
  }

  private pin(place: Place) {
    this.pinned = place;
    this.place = place;
    this.realign();
  }

  /** Scrolls the pinned part back to its place, if one is pinned. */
  private realign() {
    const place = this.pinned;
    const part = place ? this.findPart(place.anchor) : null;
    if (!place || !part) {
      return;
    }
    const rect = part.getBoundingClientRect();
    const wantedTop = place.offset - place.progress * rect.height;
    if (Math.abs(rect.top - wantedTop) >= 1) {
      window.scrollBy({ top: rect.top - wantedTop, behavior: 'instant' as ScrollBehavior });
    }
  }

  /** The element with this id inside the lesson, or the part with this data-anchor. */
  private findPart(anchor: string): HTMLElement | null {
    if (!anchor) {
      return null;
    }
    const escaped = CSS.escape(anchor);
    return this.querySelector<HTMLElement>(`[data-anchor="${escaped}"]`) ?? this.querySelector<HTMLElement>(`#${escaped}`);
  }

  /** The part that spans the top of the window, else the first part below it. */
  private currentPlace(): Place | undefined {
    const parts = this.querySelectorAll<HTMLElement>('[data-anchor]');
    for (const part of parts) {
      const rect = part.getBoundingClientRect();
      if (rect.bottom <= 0 || rect.height === 0) {
        continue;
      }
      const anchor = part.dataset.anchor!;
      return rect.top <= 0
        ? { anchor, progress: -rect.top / rect.height, offset: 0 }
        : { anchor, progress: 0, offset: rect.top };
    }
    return undefined;
  }
}

customElements.define('ml-lesson', LessonColumnElement);
