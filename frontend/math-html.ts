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
    this.querySelectorAll<HTMLElement>('button.ml-lab-link').forEach(nameFromFormula);
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

/**
 * A lab link whose text is only a formula ("[$\\alpha = 0.9$](lab:…)") would have no name for assistive technology:
 * KaTeX's MathML does not give a button one. Its name is then the formula as MathML reads, "α=0.9".
 */
function nameFromFormula(button: HTMLElement) {
  const copy = button.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('.katex-html, annotation').forEach((el) => el.remove());
  const name = copy.textContent?.replace(/\s+/g, ' ').trim();
  if (button.querySelector('.katex') && name) {
    button.setAttribute('aria-label', name);
  }
}

customElements.define('math-html', MathHtmlElement);
