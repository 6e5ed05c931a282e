// Small helpers to build the DOM from data. Text always goes in as text nodes, never as markup.

/**
 * @typedef {string | number | Node | null | undefined | false} Child
 * @typedef {Record<string, string | number | boolean | null | undefined | ((event: any) => void)>} Attrs
 */

/**
 * Creates an element. Attributes that are functions become event listeners (`onclick` → click);
 * `false`, `null` and `undefined` attributes are left out; `true` sets an empty attribute.
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Attrs} [attrs]
 * @param {...(Child | Child[])} children
 * @returns {HTMLElementTagNameMap[K]}
 */
export function h(tag, attrs = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (typeof value === 'function') {
      element.addEventListener(name.replace(/^on/, ''), value);
    } else if (value === true) {
      element.setAttribute(name, '');
    } else if (value !== false && value !== null && value !== undefined) {
      element.setAttribute(name, String(value));
    }
  }
  append(element, children);
  return element;
}

/**
 * @param {Node} parent
 * @param {(Child | Child[])[]} children
 */
export function append(parent, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/**
 * Replaces the content of an element.
 * @param {Element} parent
 * @param {...(Child | Child[])} children
 */
export function replace(parent, ...children) {
  parent.replaceChildren();
  append(parent, children);
}

/**
 * A stable colour slot (0–7) for a delegation code, so a delegation keeps its colour on every view.
 * @param {string} code
 */
export function colourOf(code) {
  let hash = 0;
  for (const c of code) hash = (hash * 31 + (c.codePointAt(0) ?? 0)) >>> 0;
  return String(hash % 8);
}

/**
 * A delegation's code as a badge in its colour (the code itself is the text, so colour is never
 * the only cue).
 * @param {string} code
 */
export function delegationBadge(code) {
  return h('span', { class: 'delegation', 'data-colour': colourOf(code) }, code);
}

/** @param {string} iso */
export function when(iso) {
  const date = new Date(iso);
  return h('time', { datetime: iso }, date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }));
}

/** @param {number} share a value from 0 to 1 */
export function percent(share) {
  return `${Math.round(share * 100)} %`;
}

/**
 * A message for a failed load, in place of a view.
 * @param {unknown} error
 */
export function failure(error) {
  const message = error instanceof Error ? error.message : String(error);
  return h('p', { class: 'error', role: 'alert' }, message);
}

/**
 * Runs `task` now, or once more after the current run when called while it runs, so a burst of
 * live events causes at most two reloads. A failed reload keeps what is shown.
 * @param {() => Promise<void>} task
 * @returns {() => Promise<void>}
 */
export function coalesce(task) {
  /** @type {Promise<void> | null} */
  let running = null;
  let again = false;
  return function run() {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        try {
          await task();
        } catch (error) {
          // the next event or a reload tries again
        }
      } while (again);
    })().finally(() => { running = null; });
    return running;
  };
}
