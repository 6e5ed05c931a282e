// The view at `/`: the terms under negotiation with their status and draft count.

import * as api from './api.js';
import { h, replace, coalesce } from './dom.js';

/** @param {import('./main.js').ViewContext} context */
export async function render(context) {
  context.title('Terms');
  const body = h('div');
  replace(context.root,
    h('h1', {}, 'Terms under negotiation'),
    body);

  const show = async () => {
    const page = await api.listTerms();
    if (page.items.length === 0) {
      replace(body, h('p', {}, 'No terms yet. The chair adds the terms to be defined.'));
      return;
    }
    replace(body, h('ul', { class: 'cards' }, page.items.map((term) =>
      h('li', { class: 'card' },
        h('h2', {}, h('a', { href: `/terms/${encodeURIComponent(term.slug)}` }, term.label)),
        term.context ? h('p', { class: 'context' }, term.context) : null,
        h('p', { class: 'facts' },
          h('span', { class: `status status-${term.status}` }, term.status === 'agreed' ? 'Agreed' : 'Open'),
          ' · ',
          `${term.draftCount} ${term.draftCount === 1 ? 'draft' : 'drafts'}`)))));
  };

  const refresh = coalesce(show);
  await context.follow(null, () => void refresh());
  await show();
}
