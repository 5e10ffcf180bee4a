import katex from 'katex';
import 'katex/dist/katex.min.css';

/** Every element on the page, so a window resize can re-check which formulas scroll. */
const shown = new Set<MathHtmlElement>();
window.addEventListener('resize', () => shown.forEach((el) => el.markScrollingFormulas()));

/**
 * Shows a fragment of lesson HTML that the server rendered from our own Markdown and sanitized, then
 * typesets its formulas: elements with class "math" carry their TeX in data-tex. A display formula wider
 * than the column scrolls sideways; it is then made focusable, so keyboard users can scroll it too.
 */
export class MathHtmlElement extends HTMLElement {
  connectedCallback() {
    shown.add(this);
  }

  disconnectedCallback() {
    shown.delete(this);
  }

  set html(value: string) {
    this.innerHTML = value;
    this.querySelectorAll<HTMLElement>('.math[data-tex]').forEach((el) => {
      katex.render(el.dataset.tex ?? '', el, {
        displayMode: el.classList.contains('math-display'),
        throwOnError: false,
        output: 'htmlAndMathml',
      });
    });
    requestAnimationFrame(() => this.markScrollingFormulas());
    this.dispatchEvent(new CustomEvent('math-rendered'));
  }

  markScrollingFormulas() {
    this.querySelectorAll<HTMLElement>('.katex-display').forEach((el) => {
      if (el.scrollWidth > el.clientWidth + 1) {
        el.tabIndex = 0;
      } else {
        el.removeAttribute('tabindex');
      }
    });
  }
}

customElements.define('math-html', MathHtmlElement);
