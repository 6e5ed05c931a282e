// The live event stream of the negotiation (GET /api/events, text/event-stream), followed with
// the session cookie. The browser resumes a dropped stream itself with Last-Event-ID; when the
// service closes it for good (a restart, an overflow) it is opened again from the last id seen.
// A stream starts after the newest event at the time the view loaded its data, so it brings only
// what changed since; without the stream (404) a view simply stays as it is.

import { latestEventId } from './api.js';

/**
 * @typedef {import('lexdraft-contract').components['schemas']['EventType']} EventType
 * @typedef {import('lexdraft-contract').components['schemas']['Event']} NegotiationEvent
 * @typedef {'live' | 'reconnecting'} StreamState
 */

/** @type {Record<EventType, true>} every type the contract names: the type check fails on one missing or renamed */
const TYPES = {
  'draft.created': true, 'draft.tabled': true, 'draft.updated': true, 'version.created': true,
  'comment.created': true, 'comment.updated': true, 'position.changed': true, 'translation.created': true,
};
export const EVENT_TYPES = /** @type {EventType[]} */ (Object.keys(TYPES));

const MAX_BACKOFF_MS = 60_000;

/**
 * Follows the events of one term (or of every term when `term` is null) until the returned
 * function is called.
 * @param {string | null} term
 * @param {(event: NegotiationEvent) => void} onEvent
 * @param {(state: StreamState) => void} [onState]
 * @returns {{stop: () => void, ready: Promise<void>}} `ready` settles once the stream's starting
 *   point is known: data loaded after it misses no change
 */
export function follow(term, onEvent, onState = () => {}) {
  /** @type {EventSource | null} */
  let source = null;
  /** @type {string | null} */
  let lastId = null;
  let backoff = 1000;
  let stopped = false;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let retry;

  /** @param {Event} message */
  const receive = (message) => {
    const event = /** @type {MessageEvent<string>} */ (message);
    if (event.lastEventId) lastId = event.lastEventId;
    try {
      onEvent(/** @type {NegotiationEvent} */ (JSON.parse(event.data)));
    } catch (error) {
      // a malformed event is skipped; the next one refreshes the view anyway
    }
  };

  const open = () => {
    const query = new URLSearchParams();
    if (term) query.set('term', term);
    if (lastId) query.set('after', lastId);
    source = new EventSource(`/api/events?${query}`);
    for (const type of EVENT_TYPES) source.addEventListener(type, receive);
    source.addEventListener('open', () => {
      backoff = 1000;
      onState('live');
    });
    source.addEventListener('error', () => {
      if (stopped || !source) return;
      onState('reconnecting');
      if (source.readyState === EventSource.CLOSED) {
        source = null;
        retry = setTimeout(open, backoff);
        backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
      }
    });
  };

  const ready = latestEventId(term).then((latest) => {
    lastId = String(latest);
    if (!stopped) open();
  }, () => {
    // no stream to follow: the view stays as loaded
  });
  const stop = () => {
    stopped = true;
    clearTimeout(retry);
    source?.close();
    source = null;
  };
  return { stop, ready };
}

/**
 * A sentence for the live notice.
 * @param {NegotiationEvent} event
 */
export function describe(event) {
  const who = `${event.delegation} (${event.actor})`;
  switch (event.type) {
    case 'draft.created': return `${who} created draft ${event.draft}.`;
    case 'draft.tabled': return `${who} tabled draft ${event.draft}.`;
    case 'draft.updated': return `${who} changed draft ${event.draft}.`;
    case 'version.created': return `${who} wrote version ${event.version ?? ''} of draft ${event.draft}.`;
    case 'comment.created': return `${who} commented on draft ${event.draft}.`;
    case 'comment.updated': return `${who} updated a comment on draft ${event.draft}.`;
    case 'position.changed': return `${who} stated a position on draft ${event.draft}.`;
    case 'translation.created': return `${who} added a language version of draft ${event.draft}.`;
    default: return `Draft ${event.draft} changed.`;
  }
}
