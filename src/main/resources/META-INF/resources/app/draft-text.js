// A version's text as the draft view shows it: each passage credited to the delegation whose words
// they are (blame), [bracketed] passages standing out from agreed text, and the passages comments
// are anchored to. Offsets from the API count code points; the DOM counts UTF-16 units.

import * as api from './api.js';
import { h, colourOf } from './dom.js';

/**
 * @typedef {{start: number, end: number, comments: number[]}} AnchorMark
 */

/**
 * @param {string} text
 * @param {api.BlameSpan[]} blame spans covering the text exactly
 * @param {api.BracketSpan[]} brackets
 * @param {AnchorMark[]} anchors
 * @param {string | undefined} language
 * @returns {HTMLElement}
 */
export function renderText(text, blame, brackets, anchors, language) {
  const points = Array.from(text);
  const container = h('div', { class: 'text', dir: 'auto', lang: language ?? false, id: 'draft-text' });
  const spans = blame.length > 0 ? blame : [{ start: 0, end: points.length, delegation: '', author: '', draft: 0, version: 0 }];
  const cuts = new Set([0, points.length]);
  for (const b of brackets) { cuts.add(b.start); cuts.add(b.end); }
  for (const a of anchors) { cuts.add(a.start); cuts.add(a.end); }

  for (const span of spans) {
    const by = h('span', {
      class: 'by',
      'data-del': span.delegation,
      'data-colour': span.delegation ? colourOf(span.delegation) : false,
      title: span.delegation ? `${span.delegation} · ${span.author} · version ${span.version} of draft ${span.draft}` : false,
      tabindex: span.delegation ? 0 : false,
    });
    const inner = [...cuts].filter((c) => c > span.start && c < span.end).sort((x, y) => x - y);
    let from = span.start;
    for (const to of [...inner, span.end]) {
      if (to > from) by.append(segment(points.slice(from, to).join(''), from, to, brackets, anchors));
      from = to;
    }
    container.append(by);
  }
  return container;
}

/**
 * @param {string} content
 * @param {number} start
 * @param {number} end
 * @param {api.BracketSpan[]} brackets
 * @param {AnchorMark[]} anchors
 * @returns {Node}
 */
function segment(content, start, end, brackets, anchors) {
  const depth = brackets.filter((b) => b.start <= start && end <= b.end).length;
  const marked = anchors.filter((a) => a.start <= start && end <= a.end).flatMap((a) => a.comments);
  /** @type {Node} */
  let node = document.createTextNode(content);
  if (depth > 0) node = h('span', { class: 'bracketed', 'data-depth': String(Math.min(depth, 3)) }, node);
  if (marked.length > 0) node = h('mark', { class: 'anchor', 'data-comments': marked.join(' ') }, node);
  return node;
}

/**
 * The code-point span of the current selection inside the text, or null when the selection is
 * empty or not inside it.
 * @param {HTMLElement} container
 * @param {string} text the version's text, as rendered
 * @returns {{start: number, end: number, quote: string} | null}
 */
export function selectedSpan(container, text) {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const units = (/** @type {Node} */ node, /** @type {number} */ offset) => {
    const before = document.createRange();
    before.setStart(container, 0);
    before.setEnd(node, offset);
    return before.toString().length;
  };
  let from = units(range.startContainer, range.startOffset);
  let to = units(range.endContainer, range.endOffset);
  // never split a surrogate pair
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from -= 1;
  if (to < text.length && isLowSurrogate(text.charCodeAt(to))) to += 1;
  const quote = text.slice(from, to);
  if (quote.trim() === '') return null;
  const start = Array.from(text.slice(0, from)).length;
  return { start, end: start + Array.from(quote).length, quote };
}

/** @param {number} unit */
function isLowSurrogate(unit) {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/**
 * The delegations whose words appear in the text, as a legend of colours and codes.
 * @param {api.BlameSpan[]} blame
 */
export function blameLegend(blame) {
  const codes = [...new Set(blame.map((s) => s.delegation))];
  return h('ul', { class: 'legend', 'aria-label': 'Whose words' }, codes.map((code) =>
    h('li', {}, h('span', { class: 'swatch by', 'data-colour': colourOf(code), 'data-del': code }, code))));
}
