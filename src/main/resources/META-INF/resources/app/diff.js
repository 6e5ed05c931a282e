// The view at `/diff?from=REF&to=REF`: any two versions of any drafts, as an inline redline or
// side by side, by word or by character.

import * as api from './api.js';
import { h, replace, percent } from './dom.js';

const REF = /^[0-9]{1,18}:[0-9]{1,9}$/;

/** @param {import('./main.js').ViewContext} context */
export async function render(context) {
  const from = context.query.get('from') ?? '';
  const to = context.query.get('to') ?? '';
  const granularity = context.query.get('granularity') === 'char' ? 'char' : 'word';
  const layout = context.query.get('layout') === 'side' ? 'side' : 'inline';
  context.title(from && to ? `Diff ${from} → ${to}` : 'Diff');

  const result = h('div', { class: 'diff-result' });
  replace(context.root,
    h('p', { class: 'crumbs' }, h('a', { href: '/' }, 'Terms'), ' › '),
    h('h1', {}, 'Diff'),
    chooser(context, from, to, granularity, layout),
    result);

  if (!REF.test(from) || !REF.test(to)) {
    replace(result, h('p', {}, 'Name two versions as DRAFT:VERSION, for example 3:1 and 3:2.'));
    return;
  }
  const [diff, redline, left, right] = await Promise.all([
    api.getDiff(from, to, granularity),
    layout === 'inline' ? api.getRedline(from, to, granularity) : Promise.resolve(''),
    describeRef(from), describeRef(to)]);
  replace(result,
    h('p', { class: 'facts' }, 'From ', left, ' to ', right, ' · ',
      `${percent(diff.stats.similarity)} alike · ${diff.stats.inserted} inserted, ${diff.stats.deleted} deleted, ${diff.stats.unchanged} unchanged (characters)`),
    h('p', { class: 'hint' }, 'Inserted words are underlined, deleted words struck through.'),
    layout === 'inline' ? inline(redline) : sideBySide(diff));
}

/**
 * @param {import('./main.js').ViewContext} context
 * @param {string} from @param {string} to @param {string} granularity @param {string} layout
 */
function chooser(context, from, to, granularity, layout) {
  const fromInput = h('input', { id: 'diff-from', name: 'from', value: from, required: true, pattern: REF.source.slice(1, -1), inputmode: 'numeric', size: 8 });
  const toInput = h('input', { id: 'diff-to', name: 'to', value: to, required: true, pattern: REF.source.slice(1, -1), inputmode: 'numeric', size: 8 });
  const radio = (/** @type {string} */ name, /** @type {string} */ value, /** @type {string} */ label, /** @type {boolean} */ checked) => {
    const id = `${name}-${value}`;
    return h('span', { class: 'choice' }, h('input', { type: 'radio', id, name, value, checked }), h('label', { for: id }, label));
  };
  const form = h('form', { class: 'inline-form diff-chooser' },
    h('label', { for: 'diff-from' }, 'From version'), fromInput,
    h('label', { for: 'diff-to' }, 'To version'), toInput,
    h('fieldset', {}, h('legend', {}, 'Compare by'),
      radio('granularity', 'word', 'word', granularity === 'word'), radio('granularity', 'char', 'character', granularity === 'char')),
    h('fieldset', {}, h('legend', {}, 'Show'),
      radio('layout', 'inline', 'inline redline', layout === 'inline'), radio('layout', 'side', 'side by side', layout === 'side')),
    h('button', { type: 'submit' }, 'Show the diff'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const query = new URLSearchParams();
    for (const [key, value] of data) query.set(key, String(value));
    context.navigate(`/diff?${query}`);
  });
  return form;
}

/**
 * A link to the version a reference names, with its draft's title and delegation.
 * @param {string} ref
 */
async function describeRef(ref) {
  const [id, number] = ref.split(':');
  const href = `/drafts/${id}?version=${number}`;
  try {
    const draft = await api.getDraft(Number(id));
    return h('a', { href }, `${draft.delegation}: ${draft.title}, version ${number}`);
  } catch (error) {
    return h('a', { href }, ref);
  }
}

/**
 * The service's redline, rebuilt from its text, `<ins>` and `<del>` only, so nothing but those
 * can come in through it.
 * @param {string} html
 */
function inline(html) {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
  const out = h('div', { class: 'redline', dir: 'auto' });
  for (const node of parsed.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) {
      out.append(node.textContent ?? '');
    } else if (node instanceof Element && (node.localName === 'ins' || node.localName === 'del')) {
      out.append(h(node.localName, {}, node.textContent ?? ''));
    } else {
      out.append(node.textContent ?? '');
    }
  }
  return out;
}

/** @param {api.Diff} diff */
function sideBySide(diff) {
  const left = h('div', { class: 'redline', dir: 'auto' });
  const right = h('div', { class: 'redline', dir: 'auto' });
  for (const op of diff.ops) {
    if (op.op === 'equal') {
      left.append(op.text);
      right.append(op.text);
    } else if (op.op === 'delete') {
      left.append(h('del', {}, op.text));
    } else {
      right.append(h('ins', {}, op.text));
    }
  }
  return h('div', { class: 'side-by-side' },
    h('section', { 'aria-label': `Before: ${diff.from}` }, h('h2', {}, `Before (${diff.from})`), left),
    h('section', { 'aria-label': `After: ${diff.to}` }, h('h2', {}, `After (${diff.to})`), right));
}

