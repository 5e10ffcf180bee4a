import katex from 'katex';
import 'katex/dist/katex.min.css';

/**
 * Shows a fragment of lesson HTML that the server rendered from our own Markdown and sanitized, then
 * typesets its formulas: elements with class "math" carry their TeX in data-tex.
 */
export class MathHtmlElement extends HTMLElement {
  set html(value: string) {
    this.innerHTML = value;
    this.querySelectorAll<HTMLElement>('.math[data-tex]').forEach((el) => {
      katex.render(el.dataset.tex ?? '', el, {
        displayMode: el.classList.contains('math-display'),
        throwOnError: false,
        output: 'htmlAndMathml',
      });
    });
    this.dispatchEvent(new CustomEvent('math-rendered'));
  }
}

customElements.define('math-html', MathHtmlElement);
