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

/**
 * Re-renders part of a view without losing what the reader is typing there: the values of its
 * fields with an id, and the focus, are carried over to the fields of the same id.
 * @param {Element} container
 * @param {() => void} render
 */
export function keepingInput(container, render) {
  /** @type {Map<string, string>} */
  const values = new Map();
  for (const field of container.querySelectorAll('input[id], textarea[id], select[id]')) {
    const input = /** @type {HTMLInputElement} */ (field);
    if (input.type === 'checkbox' || input.type === 'radio') values.set(input.id, input.checked ? 'on' : '');
    else values.set(input.id, input.value);
  }
  const active = document.activeElement;
  const focused = active && container.contains(active) && active.id ? active.id : null;
  render();
  for (const [id, value] of values) {
    const input = /** @type {HTMLInputElement | null} */ (container.querySelector(`#${CSS.escape(id)}`));
    if (!input) continue;
    if (input.type === 'checkbox' || input.type === 'radio') input.checked = value === 'on';
    else if (value !== '') input.value = value;
  }
  if (focused) /** @type {HTMLElement | null} */ (container.querySelector(`#${CSS.escape(focused)}`))?.focus();
}
