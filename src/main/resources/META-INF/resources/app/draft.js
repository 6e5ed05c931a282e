// The view at `/drafts/{id}` (`?version=N`): one version's text with whose words they are and
// what is still in brackets, its comment threads, its history, its language versions and the
// delegations' positions on the draft.

import * as api from './api.js';
import { h, replace, delegationBadge, when, percent, coalesce, keepingInput } from './dom.js';
import { renderText, selectedSpan, blameLegend } from './draft-text.js';
import { renderThreads, newCommentForm, mayComment } from './draft-comments.js';
import { STANCE_LABELS } from './term.js';

/** @param {import('./main.js').ViewContext} context */
export async function render(context) {
  const id = Number(context.path[0]);
  const asked = context.query.get('version');
  const me = context.me;

  const header = h('div');
  const textBox = h('div', { class: 'text-box' });
  const threads = h('div', { class: 'thread-list' });
  const aside = h('section', { class: 'comments', 'aria-labelledby': 'comments-title' },
    h('h2', { id: 'comments-title' }, 'Comments'), threads);
  const history = h('section', { 'aria-labelledby': 'history-title' });
  const positions = h('section', { 'aria-labelledby': 'positions-title' });
  const languages = h('section', { 'aria-labelledby': 'languages-title' });
  replace(context.root, header,
    h('div', { class: 'reading' }, h('section', { class: 'version', 'aria-labelledby': 'text-title' }, textBox), aside),
    history, positions, languages);

  /** @type {string} */
  let text = '';
  /** @type {{form: HTMLFormElement, update: () => void} | null} */
  let commentForm = null;

  const show = async () => {
    const current = await api.getDraft(id);
    const number = asked ? Number(asked) : current.head;
    const [version, blame, versions, comments, stances, translations] = await Promise.all([
      api.getVersion(id, number), api.getBlame(id, number), api.listVersions(id),
      api.listComments(id, number), api.listPositions(id), api.listTranslations(id)]);
    text = version.text;
    context.title(`${current.title}, version ${number}`);
    renderHeader(header, current, version);
    renderVersion(textBox, current, version, blame, comments.items);
    const commentsContext = {
      me, draft: current, version: number, announce: context.announce, reload: refresh,
      selection: () => selectedSpan(/** @type {HTMLElement} */ (textBox.querySelector('.text')), text),
    };
    keepingInput(threads, () => renderThreads(threads, comments.items, commentsContext));
    if (mayComment(me) && !commentForm) {
      commentForm = newCommentForm(commentsContext);
      aside.append(commentForm.form);
    }
    renderHistory(history, current, versions.items, number);
    keepingInput(positions, () => renderPositions(positions, current, stances, me, number, refresh, context.announce));
    renderLanguages(languages, current, translations);
  };
  const refresh = coalesce(show);

  const onSelection = () => commentForm?.update();
  // keyboard readers choose a passage to comment on with Enter on it (the passages take the focus)
  textBox.addEventListener('keydown', (event) => {
    const passage = event.target instanceof HTMLElement ? event.target.closest('.by') : null;
    if (!passage || event.key !== 'Enter') return;
    event.preventDefault();
    const range = document.createRange();
    range.selectNodeContents(passage);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
    commentForm?.update(); // before the focus moves the selection into the comment field
    document.getElementById('comment-body')?.focus();
  });
  document.addEventListener('selectionchange', onSelection);
  context.onLeave(() => document.removeEventListener('selectionchange', onSelection));
  const first = await api.getDraft(id);
  await context.follow(first.term, (event) => {
    // a new language version names itself, not its source: any in the term may be this draft's
    if (event.draft === id || event.draft === first.translationOf?.draft || event.type === 'translation.created') void refresh();
  });
  await show();
}

/**
 * @param {HTMLElement} header
 * @param {api.Draft} draft
 * @param {api.Version} version
 */
function renderHeader(header, draft, version) {
  const newer = version.number < draft.head;
  replace(header,
    h('p', { class: 'crumbs' }, h('a', { href: '/' }, 'Terms'), ' › ',
      h('a', { href: `/terms/${encodeURIComponent(draft.term)}` }, draft.term), ' › '),
    h('h1', { dir: 'auto' }, draft.title),
    h('p', { class: 'facts' }, delegationBadge(draft.delegation), ' · ', draft.status,
      ' · ', draft.visibility === 'tabled' ? 'tabled' : h('span', { class: 'badge private' }, 'in preparation'),
      draft.language ? ` · language ${draft.language}` : '',
      draft.basedOn ? [' · based on ', h('a', { href: `/drafts/${draft.basedOn.replace(':', '?version=')}` }, draft.basedOn)] : ''),
    draft.translationOf ? h('p', { class: draft.translationOf.outdated ? 'notice outdated' : 'notice' },
      'Language version of ', h('a', { href: `/drafts/${draft.translationOf.draft}` }, `draft ${draft.translationOf.draft}`),
      `, rendering its version ${draft.translationOf.sourceVersion}`,
      draft.translationOf.outdated ? [`; outdated: the source is at version ${draft.translationOf.sourceHead}. `,
        h('a', { href: `/diff?from=${draft.translationOf.draft}:${draft.translationOf.sourceVersion}&to=${draft.translationOf.draft}:${draft.translationOf.sourceHead}` }, 'What changed')] : '.') : null,
    newer ? h('p', { class: 'notice' }, `You are reading version ${version.number}; the newest is ${draft.head}. `,
      h('a', { href: `/drafts/${draft.id}` }, 'Read the newest')) : null);
}

/**
 * @param {HTMLElement} box
 * @param {api.Draft} draft
 * @param {api.Version} version
 * @param {api.Blame} blame
 * @param {api.Comment[]} comments
 */
function renderVersion(box, draft, version, blame, comments) {
  const anchors = comments
    .filter((c) => c.anchor && c.anchorState !== 'orphaned' && c.anchor.end > c.anchor.start)
    .map((c) => ({ start: c.anchor?.start ?? 0, end: c.anchor?.end ?? 0, comments: [c.id] }));
  const brackets = version.brackets;
  const showWho = h('input', { type: 'checkbox', id: 'show-who' });
  const textElement = renderText(version.text, blame.spans, brackets.spans, anchors, draft.language);
  showWho.addEventListener('change', () => textElement.classList.toggle('labelled', showWho.checked));
  replace(box,
    h('h2', { id: 'text-title' }, `Version ${version.number}`,
      h('small', {}, ` · ${version.author} (${version.delegation}) · `, when(version.createdAt))),
    version.message ? h('p', { class: 'message', dir: 'auto' }, version.message) : null,
    textElement,
    h('div', { class: 'text-facts' },
      h('p', {}, brackets.open === 0 ? 'No bracketed passages: all of the text is agreed language.'
        : `${brackets.open} bracketed ${brackets.open === 1 ? 'passage' : 'passages'} not yet agreed; ${percent(brackets.unbracketedShare)} of the text is outside brackets.`),
      blameLegend(blame.spans),
      h('p', { class: 'check' }, showWho, h('label', { for: 'show-who' }, 'Show whose words each passage is'))));
}

/**
 * @param {HTMLElement} section
 * @param {api.Draft} draft
 * @param {api.VersionSummary[]} versions newest first
 * @param {number} shown
 */
function renderHistory(section, draft, versions, shown) {
  replace(section, h('h2', { id: 'history-title' }, 'History'),
    h('ol', { class: 'history', reversed: true }, versions.map((v) => h('li', {},
      h('a', { href: `/drafts/${draft.id}?version=${v.number}`, 'aria-current': v.number === shown ? 'page' : false }, `Version ${v.number}`),
      ' ', h('span', { dir: 'auto' }, v.message || '(no message)'), ' · ', v.author, ' (', v.delegation, ') · ', when(v.createdAt),
      v.parent ? [' · ', h('a', { href: `/diff?from=${v.parent}&to=${draft.id}:${v.number}` }, `changes from ${v.parent}`)] : null))),
    versions.length > 1 ? compareForm(draft, versions, shown) : null);
}

/**
 * @param {api.Draft} draft
 * @param {api.VersionSummary[]} versions
 * @param {number} shown
 */
function compareForm(draft, versions, shown) {
  const from = h('select', { id: 'history-from' }, versions.map((v) => h('option', { value: `${draft.id}:${v.number}` }, `Version ${v.number}`)));
  const older = versions.find((v) => v.number < shown) ?? versions[versions.length - 1];
  if (older) from.value = `${draft.id}:${older.number}`;
  const form = h('form', { class: 'inline-form', action: '/diff', method: 'get' },
    h('label', { for: 'history-from' }, `Compare version ${shown} with`), from,
    h('input', { type: 'hidden', name: 'to', value: `${draft.id}:${shown}` }),
    h('button', { type: 'submit' }, 'Show the diff'));
  from.name = 'from';
  return form;
}

/**
 * @param {HTMLElement} section
 * @param {api.Draft} draft
 * @param {api.Position[]} stances
 * @param {api.Member} me
 * @param {number} shown
 * @param {() => Promise<void>} reload
 * @param {(message: string) => void} announce
 */
function renderPositions(section, draft, stances, me, shown, reload, announce) {
  const list = stances.length === 0 ? h('p', {}, 'No delegation has stated a position on this draft yet.')
    : h('ul', { class: 'positions' }, stances.map((p) => h('li', { class: `stance-${p.stance}` },
      delegationBadge(p.delegation), ' ', h('strong', {}, STANCE_LABELS[p.stance] ?? p.stance),
      ` (on version ${p.version}${p.outdated ? ', an older version' : ''})`,
      p.statement ? [': ', h('span', { dir: 'auto' }, p.statement)] : null)));
  /** @type {HTMLFormElement | null} */
  let form = null;
  if (me.role === 'drafter' && draft.visibility === 'tabled' && !draft.translationOf) {
    const stance = h('select', { id: 'stance' }, Object.entries(STANCE_LABELS).map(([value, label]) => h('option', { value }, label)));
    const statement = h('input', { id: 'statement', maxlength: 4000 });
    const own = stances.find((p) => p.delegation === me.delegation);
    if (own) stance.value = own.stance;
    form = h('form', { class: 'inline-form' },
      h('label', { for: 'stance' }, `Position of ${me.delegation} on version ${shown}`), stance,
      h('label', { for: 'statement' }, 'Statement'), statement,
      h('button', { type: 'submit' }, 'State position'));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      try {
        await api.putPosition(draft.id, me.delegation, {
          stance: /** @type {api.Stance} */ (stance.value), version: shown, statement: statement.value || undefined,
        });
        statement.value = '';
        announce('Position stated.');
        await reload();
      } catch (error) {
        announce(error instanceof Error ? error.message : String(error));
      }
    });
  }
  replace(section, h('h2', { id: 'positions-title' }, 'Positions'), list, form);
}

/**
 * @param {HTMLElement} section
 * @param {api.Draft} draft
 * @param {api.Translation[]} translations
 */
function renderLanguages(section, draft, translations) {
  section.hidden = translations.length === 0;
  if (section.hidden) {
    section.replaceChildren();
    return;
  }
  replace(section, h('h2', { id: 'languages-title' }, 'Language versions'),
    h('ul', {}, translations.map((t) => h('li', {},
      h('a', { href: `/drafts/${t.draft}`, lang: t.language }, t.language), ` · version ${t.head}, renders version ${t.sourceVersion}`,
      t.outdated ? [' · ', h('span', { class: 'badge outdated' }, 'outdated'), ' ',
        h('a', { href: `/diff?from=${draft.id}:${t.sourceVersion}&to=${draft.id}:${draft.head}` }, 'what changed since')] : ' · up to date'))));
}
