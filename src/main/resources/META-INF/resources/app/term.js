// The view at `/terms/{slug}`: a term's competing drafts, how close they are to each other (a heat
// map of the comparison's similarity), and where every delegation stands (the consensus matrix).

import * as api from './api.js';
import { h, replace, delegationBadge, percent, coalesce } from './dom.js';

/** @type {Record<string, string>} */
export const STANCE_LABELS = { support: 'Supports', accept: 'Can accept', oppose: 'Opposes', reserve: 'Reserves' };

/** @param {import('./main.js').ViewContext} context */
export async function render(context) {
  const slug = context.path[0] ?? '';
  const header = h('div');
  const drafts = h('section', { 'aria-labelledby': 'drafts-title' });
  const heat = h('section', { 'aria-labelledby': 'heat-title' });
  const positions = h('section', { 'aria-labelledby': 'positions-title' });
  const compare = h('section', { 'aria-labelledby': 'compare-title' });
  replace(context.root, header, drafts, heat, positions, compare);

  const show = async () => {
    const [term, page, comparison, matrix] = await Promise.all([
      api.getTerm(slug), api.listDrafts(slug), api.getComparison(slug), api.getPositionMatrix(slug)]);
    const translations = await Promise.all(page.items.map((d) => api.listTranslations(d.id)));
    context.title(term.label);
    replace(header,
      h('p', { class: 'crumbs' }, h('a', { href: '/' }, 'Terms'), ' › '),
      h('h1', {}, term.label),
      h('p', { class: 'facts' },
        h('span', { class: `status status-${term.status}` }, term.status === 'agreed' ? 'Agreed' : 'Open'),
        ' · ', `${term.draftCount} ${term.draftCount === 1 ? 'draft' : 'drafts'}`,
        term.context ? ` · ${term.context}` : ''));
    renderDrafts(drafts, page.items, comparison, translations);
    renderHeatMap(heat, comparison);
    renderMatrix(positions, matrix);
    renderCompare(compare, comparison, context);
  };

  const refresh = coalesce(show);
  await context.follow(slug, () => void refresh());
  await show();
}

/**
 * @param {HTMLElement} section
 * @param {api.Draft[]} drafts
 * @param {api.Comparison} comparison
 * @param {api.Translation[][]} translations
 */
function renderDrafts(section, drafts, comparison, translations) {
  const figures = new Map(comparison.drafts.map((d) => [d.id, d]));
  const rows = drafts.map((draft, i) => {
    const compared = figures.get(draft.id);
    const languages = translations[i] ?? [];
    return h('tr', {},
      h('th', { scope: 'row' }, h('a', { href: `/drafts/${draft.id}` }, draft.title),
        draft.visibility === 'delegation' ? h('span', { class: 'badge private' }, 'in preparation') : null,
        draft.translationOf ? h('span', { class: 'badge' }, `language version ${draft.language ?? ''}`) : null),
      h('td', {}, delegationBadge(draft.delegation)),
      h('td', {}, draft.status),
      h('td', { class: 'num' }, h('a', { href: `/drafts/${draft.id}?version=${draft.head}`, 'aria-label': `version ${draft.head} of ${draft.title}` }, `v${draft.head}`)),
      h('td', { class: 'num' }, compared ? String(compared.openBrackets) : '–'),
      h('td', { class: 'num' }, compared ? percent(compared.unbracketedShare) : '–'),
      h('td', {}, languages.length === 0 ? '–' : languages.map((t) =>
        h('a', { href: `/drafts/${t.draft}`, class: t.outdated ? 'badge outdated' : 'badge', lang: t.language },
          t.language, t.outdated ? ' (outdated)' : ''))));
  });
  replace(section,
    h('h2', { id: 'drafts-title' }, 'Competing drafts'),
    drafts.length === 0
      ? h('p', {}, 'No drafts you can see yet.')
      : h('div', { class: 'scroll', tabindex: 0, role: 'region', 'aria-label': 'Competing drafts table' },
        h('table', { class: 'drafts' },
          h('thead', {}, h('tr', {},
            h('th', { scope: 'col' }, 'Draft'), h('th', { scope: 'col' }, 'Delegation'),
            h('th', { scope: 'col' }, 'Status'), h('th', { scope: 'col' }, 'Head'),
            h('th', { scope: 'col' }, 'Open brackets'), h('th', { scope: 'col' }, 'Agreed text'),
            h('th', { scope: 'col' }, 'Language versions'))),
          h('tbody', {}, rows))));
}

/**
 * The similarity matrix as a heat map: the darker a cell, the closer the two drafts. Each cell
 * also says its share in words for those who do not see the colour.
 * @param {HTMLElement} section
 * @param {api.Comparison} comparison
 */
function renderHeatMap(section, comparison) {
  const drafts = comparison.drafts;
  if (drafts.length < 2) {
    replace(section, h('h2', { id: 'heat-title' }, 'How close the drafts are'),
      h('p', {}, 'Two or more drafts are needed for a comparison.'));
    return;
  }
  const label = shortLabels(drafts);
  const grid = h('table', { class: 'heat' },
    h('caption', { class: 'hint' }, 'Darker cells: drafts closer in wording. Follow a cell for their diff.'),
    h('thead', {}, h('tr', {}, h('td', {}),
      drafts.map((d) => h('th', { scope: 'col', title: d.title }, label(d))))),
    h('tbody', {}, drafts.map((row, i) => h('tr', {},
      h('th', { scope: 'row', title: row.title }, label(row)),
      drafts.map((col, j) => {
        const share = comparison.similarity[i]?.[j] ?? 0;
        const text = percent(share);
        return h('td', { 'data-heat': String(Math.round(share * 10)) }, i === j
          ? [h('span', { 'aria-hidden': 'true' }, '—'), h('span', { class: 'sr-only' }, `${label(row)} with itself`)]
          : h('a', {
            href: `/diff?from=${row.id}:${row.head}&to=${col.id}:${col.head}`,
            'aria-label': `${label(row)} and ${label(col)}: ${text} alike; show the diff`,
          }, text));
      })))));
  replace(section, h('h2', { id: 'heat-title' }, 'How close the drafts are'),
    h('div', { class: 'scroll', tabindex: 0, role: 'region', 'aria-label': 'Similarity heat map' }, grid));
}

/**
 * @param {HTMLElement} section
 * @param {api.PositionMatrix} matrix
 */
function renderMatrix(section, matrix) {
  const draftLabel = shortLabels(matrix.drafts);
  const cells = new Map(matrix.cells.map((c) => [`${c.delegation}/${c.draft}`, c]));
  const withCells = matrix.delegations.filter((code) => matrix.drafts.some((d) => cells.has(`${code}/${d.id}`)));
  replace(section, h('h2', { id: 'positions-title' }, 'Positions'),
    withCells.length === 0 || matrix.drafts.length === 0
      ? h('p', {}, 'No delegation has stated a position yet.')
      : h('div', { class: 'scroll', tabindex: 0, role: 'region', 'aria-label': 'Positions table' },
        h('table', { class: 'matrix' },
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Delegation'),
            matrix.drafts.map((d) => h('th', { scope: 'col', title: d.title }, h('a', { href: `/drafts/${d.id}` }, draftLabel(d)))))),
          h('tbody', {}, withCells.map((code) => h('tr', {},
            h('th', { scope: 'row' }, delegationBadge(code)),
            matrix.drafts.map((d) => {
              const cell = cells.get(`${code}/${d.id}`);
              return h('td', cell ? { class: `stance stance-${cell.stance}` } : {}, cell
                ? [STANCE_LABELS[cell.stance] ?? cell.stance, h('small', {}, ` on v${cell.version}`, cell.outdated ? ' (older version)' : '')]
                : '–');
            })))))));
}

/**
 * Two drafts' heads to compare, chosen here and shown by the diff view.
 * @param {HTMLElement} section
 * @param {api.Comparison} comparison
 * @param {import('./main.js').ViewContext} context
 */
function renderCompare(section, comparison, context) {
  section.hidden = comparison.drafts.length < 2;
  if (section.hidden) {
    section.replaceChildren();
    return;
  }
  const options = () => comparison.drafts.map((d) => h('option', { value: `${d.id}:${d.head}` }, `${d.delegation}: ${d.title} (v${d.head})`));
  const from = h('select', { id: 'compare-from' }, options());
  const to = h('select', { id: 'compare-to' }, options());
  to.selectedIndex = 1;
  const form = h('form', { class: 'inline-form' },
    h('label', { for: 'compare-from' }, 'From'), from,
    h('label', { for: 'compare-to' }, 'To'), to,
    h('button', { type: 'submit' }, 'Show the diff'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    context.navigate(`/diff?${new URLSearchParams({ from: from.value, to: to.value })}`);
  });
  replace(section, h('h2', { id: 'compare-title' }, 'Compare two drafts'), form);
}

/**
 * Short column and row labels: a draft's delegation, numbered in the order shown when the delegation
 * has more than one draft here ("NOR", "RUS 1", "RUS 2"); ids are long random numbers, and the title
 * is in each heading's tooltip.
 * @template {{ id: number, delegation: string }} D
 * @param {D[]} drafts
 * @returns {(d: D) => string}
 */
function shortLabels(drafts) {
  /** @type {Map<string, number>} */
  const perDelegation = new Map();
  drafts.forEach((d) => perDelegation.set(d.delegation, (perDelegation.get(d.delegation) ?? 0) + 1));
  /** @type {Map<number, string>} */
  const labels = new Map();
  /** @type {Map<string, number>} */
  const seen = new Map();
  for (const d of drafts) {
    const n = (seen.get(d.delegation) ?? 0) + 1;
    seen.set(d.delegation, n);
    labels.set(d.id, (perDelegation.get(d.delegation) ?? 0) > 1 ? `${d.delegation} ${n}` : d.delegation);
  }
  return (d) => labels.get(d.id) ?? d.delegation;
}
