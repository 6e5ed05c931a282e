// Every call the page makes to the lexdraft API. Response and request types come from the
// contract (api-spec/openapi.yaml) through the types openapi-typescript generates from it, and
// `tsc --checkJs` checks the views against them (src/test/web).

/**
 * @typedef {import('lexdraft-contract').components['schemas']} S
 * @typedef {S['Member']} Member
 * @typedef {S['Term']} Term
 * @typedef {S['TermPage']} TermPage
 * @typedef {S['Draft']} Draft
 * @typedef {S['LanguageVersion']} Translation
 * @typedef {S['DraftPage']} DraftPage
 * @typedef {S['Version']} Version
 * @typedef {S['VersionSummary']} VersionSummary
 * @typedef {S['VersionSummaryPage']} VersionSummaryPage
 * @typedef {S['Blame']} Blame
 * @typedef {S['BlameSpan']} BlameSpan
 * @typedef {S['BracketSpan']} BracketSpan
 * @typedef {S['Comparison']} Comparison
 * @typedef {S['PositionMatrix']} PositionMatrix
 * @typedef {S['Position']} Position
 * @typedef {S['NewPosition']} NewPosition
 * @typedef {S['Stance']} Stance
 * @typedef {S['Comment']} Comment
 * @typedef {S['CommentPage']} CommentPage
 * @typedef {S['NewComment']} NewComment
 * @typedef {S['CommentChanges']} CommentChanges
 * @typedef {S['Diff']} Diff
 * @typedef {S['Problem']} Problem
 * @typedef {S['EventPage']} EventPage
 * @typedef {S['SignIn']} Credentials
 */

/** An answer other than 2xx, with the problem+json the service sent. */
export class ApiError extends Error {
  /**
   * @param {number} status
   * @param {Problem | null} problem
   */
  constructor(status, problem) {
    super(problem?.detail ?? problem?.title ?? `The service answered ${status}.`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

/**
 * @param {string} path
 * @param {{method?: string, body?: unknown, accept?: string}} [options]
 * @returns {Promise<Response>}
 */
async function send(path, { method = 'GET', body, accept = 'application/json, application/problem+json' } = {}) {
  /** @type {Record<string, string>} */
  const headers = {
    Accept: accept,
    // Tells the service this is a script: it never answers with a Basic challenge, so the browser
    // never shows its own sign-in pop-up.
    'X-Requested-With': 'XMLHttpRequest',
  };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    /** @type {Problem | null} */
    let problem = null;
    if ((response.headers.get('Content-Type') ?? '').includes('json')) {
      problem = await response.json().catch(() => null);
    }
    throw new ApiError(response.status, problem);
  }
  return response;
}

/**
 * @template T
 * @param {string} path
 * @param {{method?: string, body?: unknown}} [options]
 * @returns {Promise<T>}
 */
async function json(path, options) {
  const response = await send(path, options);
  return /** @type {Promise<T>} */ (response.json());
}

/** @param {string | number} segment */
const seg = (segment) => encodeURIComponent(String(segment));

// --- session ------------------------------------------------------------------------------------

/** @param {Credentials} credentials */
export async function signIn(credentials) {
  await send('/api/session', { method: 'POST', body: credentials });
}

export async function signOut() {
  await send('/api/session', { method: 'DELETE' });
}

/** @returns {Promise<Member>} */
export const me = () => json('/api/me');

// --- terms and drafts ---------------------------------------------------------------------------

/** @returns {Promise<TermPage>} */
export const listTerms = () => json('/api/terms?size=200');

/** @param {string} slug @returns {Promise<Term>} */
export const getTerm = (slug) => json(`/api/terms/${seg(slug)}`);

/** @param {string} slug @returns {Promise<DraftPage>} */
export const listDrafts = (slug) => json(`/api/terms/${seg(slug)}/drafts?size=200`);

/** @param {string} slug @returns {Promise<Comparison>} */
export const getComparison = (slug) => json(`/api/terms/${seg(slug)}/comparison`);

/** @param {string} slug @returns {Promise<PositionMatrix>} */
export const getPositionMatrix = (slug) => json(`/api/terms/${seg(slug)}/positions`);

/** @param {number} id @returns {Promise<Draft>} */
export const getDraft = (id) => json(`/api/drafts/${seg(id)}`);

/**
 * The language versions of a draft, or none when the service does not offer them (404, 405).
 * @param {number} id
 * @returns {Promise<Translation[]>}
 */
export async function listTranslations(id) {
  try {
    /** @type {Translation[]} */
    const answer = await json(`/api/drafts/${seg(id)}/translations`);
    return answer;
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 405)) return [];
    throw error;
  }
}

// --- versions and diffs -------------------------------------------------------------------------

/** @param {number} id @returns {Promise<VersionSummaryPage>} */
export const listVersions = (id) => json(`/api/drafts/${seg(id)}/versions?size=200`);

/** @param {number} id @param {number} n @returns {Promise<Version>} */
export const getVersion = (id, n) => json(`/api/drafts/${seg(id)}/versions/${seg(n)}`);

/** @param {number} id @param {number} n @returns {Promise<Blame>} */
export const getBlame = (id, n) => json(`/api/drafts/${seg(id)}/versions/${seg(n)}/blame`);

/**
 * @param {string} from a version reference DRAFT:NUMBER
 * @param {string} to
 * @param {'word' | 'char'} granularity
 */
function diffQuery(from, to, granularity) {
  return `/api/diff?${new URLSearchParams({ from, to, granularity })}`;
}

/**
 * @param {string} from @param {string} to @param {'word' | 'char'} granularity
 * @returns {Promise<Diff>}
 */
export const getDiff = (from, to, granularity) => json(diffQuery(from, to, granularity));

/**
 * The service's HTML redline fragment (`<ins>`, `<del>`, escaped text).
 * @param {string} from @param {string} to @param {'word' | 'char'} granularity
 * @returns {Promise<string>}
 */
export async function getRedline(from, to, granularity) {
  const response = await send(diffQuery(from, to, granularity), { accept: 'text/html' });
  return response.text();
}

// --- review -------------------------------------------------------------------------------------

/** @param {number} id @param {number} version @returns {Promise<CommentPage>} */
export const listComments = (id, version) => json(`/api/drafts/${seg(id)}/comments?version=${seg(version)}&size=200`);

/** @param {number} id @param {NewComment} comment @returns {Promise<Comment>} */
export const createComment = (id, comment) => json(`/api/drafts/${seg(id)}/comments`, { method: 'POST', body: comment });

/** @param {number} cid @param {CommentChanges} changes @returns {Promise<Comment>} */
export const updateComment = (cid, changes) => json(`/api/comments/${seg(cid)}`, { method: 'PATCH', body: changes });

/** @param {number} id @returns {Promise<Position[]>} */
export const listPositions = (id) => json(`/api/drafts/${seg(id)}/positions`);

/**
 * @param {number} id @param {string} delegation @param {NewPosition} position
 * @returns {Promise<Position>}
 */
export const putPosition = (id, delegation, position) =>
  json(`/api/drafts/${seg(id)}/positions/${seg(delegation)}`, { method: 'PUT', body: position });

// --- events -------------------------------------------------------------------------------------

/**
 * The id of the newest event the caller may see (of one term, or of all), so that a stream opened
 * now starts from there instead of replaying the negotiation from its beginning.
 * @param {string | null} term
 * @returns {Promise<number>}
 */
export async function latestEventId(term) {
  const limit = 200;
  let after = 0;
  for (;;) {
    const query = new URLSearchParams({ after: String(after), limit: String(limit) });
    if (term) query.set('term', term);
    /** @type {EventPage} */
    const page = await json(`/api/events?${query}`);
    if (page.items.length < limit || page.next <= after) return page.next;
    after = page.next;
  }
}
