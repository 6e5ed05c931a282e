// The comment threads of a draft version: beside the text in the order of the passages they are
// anchored to, with `moved` and `orphaned` anchors said in words; writing a comment on the
// selected words, replying and resolving for those who may.

import * as api from './api.js';
import { h, replace, delegationBadge, when } from './dom.js';

/**
 * @typedef {object} CommentsContext
 * @property {api.Member} me
 * @property {api.Draft} draft
 * @property {number} version the version shown
 * @property {() => {start: number, end: number, quote: string} | null} selection the selected words
 * @property {() => Promise<void>} reload
 * @property {(message: string) => void} announce
 */

/** @param {api.Member} me */
export const mayComment = (me) => me.role === 'chair' || me.role === 'drafter';

/** @param {api.Member} me @param {api.Comment} comment */
const mayResolve = (me, comment) => me.role === 'chair' || (me.role === 'drafter' && me.delegation === comment.delegation);

/**
 * @param {HTMLElement} list the element the threads go in
 * @param {api.Comment[]} comments
 * @param {CommentsContext} context
 */
export function renderThreads(list, comments, context) {
  const ids = new Set(comments.map((c) => c.id));
  const roots = comments.filter((c) => c.replyTo === undefined || !ids.has(c.replyTo));
  const position = (/** @type {api.Comment} */ c) =>
    !c.anchor || c.anchorState === 'orphaned' ? Number.MAX_SAFE_INTEGER : c.anchor.start;
  // sort is stable: threads at the same place keep the API's order, oldest first (ids are random)
  roots.sort((a, b) => position(a) - position(b));
  /** @type {Map<number, api.Comment[]>} */
  const replies = new Map();
  for (const c of comments) {
    if (c.replyTo !== undefined && ids.has(c.replyTo)) replies.set(c.replyTo, [...(replies.get(c.replyTo) ?? []), c]);
  }
  replace(list, roots.length === 0
    ? h('p', { class: 'hint' }, 'No comments on this version yet.')
    : h('ol', { class: 'threads' }, roots.map((root) => h('li', {}, thread(root, replies.get(root.id) ?? [], context)))));
}

/**
 * @param {api.Comment} root
 * @param {api.Comment[]} replies
 * @param {CommentsContext} context
 */
function thread(root, replies, context) {
  const article = h('article', {
    class: `thread status-${root.status}`, id: `comment-${root.id}`, 'data-comment': String(root.id),
    'aria-label': `Comment by ${root.delegation}`,
  },
  anchorLine(root),
  comment(root, context),
  replies.length > 0 ? h('ol', { class: 'replies' }, replies.map((r) => h('li', {}, comment(r, context)))) : null,
  mayComment(context.me) ? replyForm(root, context) : null);
  const highlight = (/** @type {boolean} */ on) => {
    for (const mark of document.querySelectorAll(`mark[data-comments~="${root.id}"]`)) mark.classList.toggle('active', on);
  };
  article.addEventListener('mouseenter', () => highlight(true));
  article.addEventListener('mouseleave', () => highlight(false));
  article.addEventListener('focusin', () => highlight(true));
  article.addEventListener('focusout', () => highlight(false));
  return article;
}

/** @param {api.Comment} c */
function anchorLine(c) {
  if (!c.anchor && !c.original) return h('p', { class: 'anchor-line' }, 'On the whole text');
  if (c.anchorState === 'orphaned') {
    return h('p', { class: 'anchor-line orphaned' }, h('span', { class: 'badge' }, 'orphaned'),
      ' the words are gone: ', h('q', { dir: 'auto' }, c.original?.quote ?? ''),
      c.original ? ` (version ${c.original.version})` : '');
  }
  return h('p', { class: 'anchor-line' },
    c.anchorState === 'moved' ? [h('span', { class: 'badge moved' }, 'moved'), ' '] : null,
    h('q', { dir: 'auto' }, c.anchor?.quote ?? ''));
}

/**
 * @param {api.Comment} c
 * @param {CommentsContext} context
 */
function comment(c, context) {
  const actions = [];
  if (mayResolve(context.me, c) && c.replyTo === undefined) {
    const next = c.status === 'open' ? 'resolved' : 'open';
    actions.push(h('button', {
      type: 'button', class: 'quiet',
      onclick: async () => {
        try {
          await api.updateComment(c.id, { status: next });
          context.announce(next === 'resolved' ? 'Comment resolved.' : 'Comment reopened.');
          await context.reload();
        } catch (error) {
          context.announce(error instanceof Error ? error.message : String(error));
        }
      },
    }, c.status === 'open' ? 'Resolve' : 'Reopen'));
  }
  return h('div', { class: 'comment' },
    h('p', { class: 'meta' }, delegationBadge(c.delegation), ' ', c.author, ' · ', when(c.createdAt),
      c.visibility === 'delegation' ? h('span', { class: 'badge private' }, `private to ${c.delegation}`) : null,
      c.status === 'resolved' ? h('span', { class: 'badge' }, 'resolved') : null,
      c.history.length > 0 ? h('span', { class: 'badge' }, 'edited') : null),
    h('p', { class: 'body', dir: 'auto' }, c.body),
    actions.length > 0 ? h('p', { class: 'actions' }, actions) : null);
}

/**
 * @param {api.Comment} root
 * @param {CommentsContext} context
 */
function replyForm(root, context) {
  const id = `reply-${root.id}`;
  const body = h('textarea', { id, rows: 2, required: true, maxlength: 10000 });
  const form = h('form', { class: 'reply' }, h('label', { for: id }, 'Reply'), body, h('button', { type: 'submit' }, 'Reply'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await api.createComment(context.draft.id, { version: context.version, body: body.value, replyTo: root.id });
      body.value = '';
      context.announce('Reply posted.');
      await context.reload();
    } catch (error) {
      context.announce(error instanceof Error ? error.message : String(error));
    }
  });
  return form;
}

/**
 * The form for a new comment, on the words selected in the text or on the whole text.
 * @param {CommentsContext} context
 * @returns {{form: HTMLFormElement, update: () => void}}
 */
export function newCommentForm(context) {
  const target = h('p', { class: 'hint', id: 'comment-target' });
  const body = h('textarea', { id: 'comment-body', rows: 3, required: true, maxlength: 10000, 'aria-describedby': 'comment-target' });
  const privately = h('input', { type: 'checkbox', id: 'comment-private' });
  const message = h('p', { class: 'error', role: 'alert' });
  const form = h('form', { class: 'new-comment', 'aria-labelledby': 'new-comment-title' },
    h('h3', { id: 'new-comment-title' }, 'New comment'),
    target,
    h('label', { for: 'comment-body' }, 'Comment'), body,
    h('p', { class: 'check' }, privately, h('label', { for: 'comment-private' }, `Private to ${context.me.delegation}`)),
    h('button', { type: 'submit' }, 'Post comment'),
    message);
  /** @type {{start: number, end: number, quote: string} | null} */
  let chosen = null;
  const update = () => {
    const selected = context.selection();
    if (selected) chosen = selected;
    replace(target, chosen
      ? ['On the selected words: ', h('q', { dir: 'auto' }, chosen.quote), ' ',
        h('button', { type: 'button', class: 'quiet', onclick: () => { chosen = null; update(); } }, 'Clear')]
      : 'On the whole text. Select words in the text, or press Enter on a passage, to comment on them.');
  };
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    message.textContent = '';
    /** @type {api.NewComment} */
    const comment = { version: context.version, body: body.value, visibility: privately.checked ? 'delegation' : 'public' };
    if (chosen) comment.anchor = { start: chosen.start, end: chosen.end, quote: chosen.quote };
    try {
      await api.createComment(context.draft.id, comment);
      body.value = '';
      chosen = null;
      update();
      context.announce('Comment posted.');
      await context.reload();
    } catch (error) {
      message.textContent = error instanceof Error ? error.message : String(error);
    }
  });
  update();
  return { form, update };
}
