// The page's entry: sign-in, the address of each view, and moving between views with back and
// forward. Views render from data into the element they are given and never reach into each other.

import * as api from './api.js';
import { describe, follow } from './events.js';
import { h, replace, failure } from './dom.js';
import * as terms from './terms.js';
import * as term from './term.js';
import * as draft from './draft.js';
import * as diff from './diff.js';

/**
 * What a view gets to render itself.
 * @typedef {object} ViewContext
 * @property {api.Member} me the signed-in member
 * @property {HTMLElement} root the element the view renders into
 * @property {string[]} path the address's segments after the view's name
 * @property {URLSearchParams} query the address's query
 * @property {(url: string) => void} navigate goes to another address of the page
 * @property {(term: string | null, onEvent: (event: import('./events.js').NegotiationEvent) => void) => Promise<void>} follow
 *   follows the live events while the view is shown, and says unobtrusively what happened;
 *   resolves once the stream's starting point is fixed, so data loaded afterwards misses nothing
 * @property {(message: string) => void} announce a short notice in the live region
 * @property {(title: string) => void} title names the view in the window title
 * @property {(stop: () => void) => void} onLeave runs `stop` when the page moves to another view
 */

/** @type {Record<string, {render: (context: ViewContext) => Promise<void>}>} */
const VIEWS = { '': terms, terms: term, drafts: draft, diff };

const main = /** @type {HTMLElement} */ (document.getElementById('main'));
const session = /** @type {HTMLElement} */ (document.getElementById('session'));
const live = /** @type {HTMLElement} */ (document.getElementById('live'));

/** @type {api.Member | null} */
let member = null;
/** @type {(() => void)[]} */
let stops = [];
/** @type {ReturnType<typeof setTimeout> | undefined} */
let noticeTimer;

/** @param {string} message */
function announce(message) {
  live.textContent = message;
  live.classList.add('shown');
  clearTimeout(noticeTimer);
  noticeTimer = setTimeout(() => live.classList.remove('shown'), 6000);
}

/** @param {string} url */
function navigate(url) {
  history.pushState(null, '', url);
  void route();
}

async function route() {
  for (const stop of stops) stop();
  stops = [];
  if (!member) {
    showSignIn();
    return;
  }
  const [name = '', ...rest] = location.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const view = VIEWS[name];
  const root = h('div', { class: 'view' });
  main.replaceChildren(root);
  if (!view) {
    replace(root, h('h1', {}, 'Not found'), h('p', {}, 'This address is not a view of the review page. ',
      h('a', { href: '/' }, 'All terms')));
    return;
  }
  /** @type {ViewContext} */
  const context = {
    me: member,
    root,
    path: rest,
    query: new URLSearchParams(location.search),
    navigate,
    announce,
    title: (title) => { document.title = `${title} · lexdraft`; },
    onLeave: (stop) => { stops.push(stop); },
    follow: (term, onEvent) => {
      const { stop, ready } = follow(term, (event) => {
        announce(describe(event));
        onEvent(event);
      }, (state) => {
        session.dataset.stream = state;
      });
      stops.push(stop);
      return ready;
    },
  };
  main.setAttribute('aria-busy', 'true');
  try {
    await view.render(context);
  } catch (error) {
    if (error instanceof api.ApiError && error.status === 401) {
      member = null;
      showSignIn();
      return;
    }
    root.append(failure(error));
  } finally {
    if (root.isConnected) main.setAttribute('aria-busy', 'false');
  }
}

function showSessionBar() {
  if (!member) {
    session.replaceChildren();
    return;
  }
  replace(session,
    h('span', { class: 'who' }, `${member.displayName} · `, h('abbr', { title: member.role }, member.delegation)),
    h('button', { type: 'button', class: 'quiet', onclick: signOut }, 'Sign out'));
}

async function signOut() {
  try {
    await api.signOut();
  } catch (error) {
    // signed out on the service or not, the page forgets the member
  }
  member = null;
  showSessionBar();
  showSignIn();
}

function showSignIn() {
  document.title = 'Sign in · lexdraft';
  showSessionBar();
  const message = h('p', { class: 'error', role: 'alert' });
  const username = h('input', { id: 'username', name: 'username', autocomplete: 'username', required: true });
  const password = h('input', { id: 'password', name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const form = h('form', { class: 'signin', 'aria-labelledby': 'signin-title' },
    h('h1', { id: 'signin-title' }, 'Sign in'),
    h('p', {}, 'Sign in with the username and password your secretariat gave you.'),
    h('label', { for: 'username' }, 'Username'), username,
    h('label', { for: 'password' }, 'Password'), password,
    h('button', { type: 'submit' }, 'Sign in'),
    message);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    message.textContent = '';
    try {
      await api.signIn({ username: username.value, password: password.value });
      member = await api.me();
    } catch (error) {
      message.textContent = error instanceof api.ApiError && error.status === 401
        ? 'Wrong username or password.'
        : `Sign-in failed: ${error instanceof Error ? error.message : error}`;
      password.select();
      return;
    }
    showSessionBar();
    await route();
    main.focus();
  });
  main.replaceChildren(form);
  main.setAttribute('aria-busy', 'false');
}

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target.closest('a') : null;
  if (!target || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey
      || event.shiftKey || event.altKey || target.target || target.hasAttribute('download')) return;
  const url = new URL(target.href, location.href);
  if (url.origin !== location.origin || url.pathname.startsWith('/api/') || url.pathname.startsWith('/q/')) return;
  event.preventDefault();
  if (url.pathname + url.search === location.pathname + location.search && url.hash) {
    location.hash = url.hash;
    return;
  }
  navigate(url.pathname + url.search + url.hash);
  main.focus();
});

window.addEventListener('popstate', () => void route());

async function start() {
  try {
    member = await api.me();
  } catch (error) {
    if (!(error instanceof api.ApiError && error.status === 401)) {
      main.replaceChildren(failure(error));
      return;
    }
    member = null;
  }
  showSessionBar();
  await route();
}

void start();
