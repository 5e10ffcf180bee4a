import katex from 'katex';
import 'katex/dist/katex.min.css';

/**
 * Renders one TeX formula with KaTeX. The TeX comes from our translation bundles; KaTeX builds the DOM
 * itself and `trust` stays off, so no raw HTML from the formula reaches the page.
 */
export class TexFormulaElement extends HTMLElement {
  static get observedAttributes() {
    return ['tex', 'display'];
  }

  connectedCallback() {
    this.renderTex();
  }

  attributeChangedCallback() {
    this.renderTex();
  }

  private renderTex() {
    const tex = this.getAttribute('tex') ?? '';
    katex.render(tex, this, {
      displayMode: this.hasAttribute('display'),
      throwOnError: false,
      output: 'htmlAndMathml',
    });
  }
}

customElements.define('tex-formula', TexFormulaElement);
