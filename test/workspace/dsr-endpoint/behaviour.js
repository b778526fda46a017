'use strict';
/**
 * Misbehaviour on command. One behaviour is active at a time; `normal` is the default.
 * Counted behaviours apply to the next `count` calls on the DSR surface (optionally only
 * to one route, `on`) and then fall back to `normal` by themselves; `count: "always"`
 * keeps them until changed. `sequence` gives each call its own behaviour from a list, in order
 * (a seeded mix of faults). The admin surface is never affected.
 */

/** @typedef {'create' | 'status' | 'cancel'} Route */
/**
 * @typedef {object} Behaviour
 * @property {string} mode one of MODES
 * @property {number | 'always'} [count] calls still to affect (counted modes)
 * @property {Route | null} [on] only calls to this route are affected
 * @property {number} [status] fail: the 5xx status to answer
 * @property {number} [holdMs] timeout, accept-then-timeout: how long a connection is held before it is dropped
 * @property {number} [delayMs] delay: how long the answer waits (the call is processed first)
 * @property {'close' | 'reset'} [how] refuse: close the listening port, or reset each connection
 * @property {number} [ms] refuse/close: how long the port stays closed
 * @property {number} [retryAfter] rate-limit: the Retry-After seconds
 * @property {object[]} [errors] bad-request: the field errors to list
 * @property {string | null} [token] unauthorized: the token that ends it
 * @property {string} [body] garbage: the non-JSON body
 * @property {Behaviour[]} [steps] sequence: what each affected call does, in order (then normal)
 */

const MODES = [
  'normal',
  'fail',
  'timeout',
  'accept-then-timeout',
  'delay',
  'refuse',
  'rate-limit',
  'bad-request',
  'unauthorized',
  'garbage',
  'sequence',
];
/** What a step of a sequence may be: a behaviour of one call (not the port closing, nor a token hunt). */
const STEP_MODES = MODES.filter((m) => m !== 'sequence');
const MAX_STEPS = 100_000;
const ROUTES = ['create', 'status', 'cancel'];
const MAX_HOLD_MS = 10 * 60 * 1000;
const MAX_CLOSED_MS = 10 * 60 * 1000;

class BehaviourError extends Error {}

/** @param {unknown} v @param {number} min @param {number} max */
const intIn = (v, min, max) => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

/**
 * Checks and completes a behaviour with its defaults.
 * @param {unknown} input e.g. `{ mode: 'fail', count: 2, status: 503 }`, or just a mode name
 * @returns {Behaviour}
 * @throws {BehaviourError} with a message naming what is wrong
 */
function normalizeBehaviour(input) {
  const given = typeof input === 'string' ? { mode: input } : input;
  if (typeof given !== 'object' || given === null || Array.isArray(given))
    throw new BehaviourError('A behaviour is an object with a mode.');
  /** @type {Record<string, any>} each field is checked below */
  const b = given;
  if (!MODES.includes(b.mode)) throw new BehaviourError(`mode must be one of: ${MODES.join(', ')}.`);
  if (b.on !== undefined && b.on !== null && !ROUTES.includes(b.on))
    throw new BehaviourError(`on must be one of: ${ROUTES.join(', ')}.`);
  const on = b.on ?? null;
  const count = b.count ?? 1;
  if (count !== 'always' && !intIn(count, 1, 1e6))
    throw new BehaviourError('count must be a positive integer or "always".');
  const holdMs = b.holdMs ?? 30000;
  const check = (ok, message) => {
    if (!ok) throw new BehaviourError(message);
  };
  switch (b.mode) {
    case 'normal':
      return { mode: 'normal' };
    case 'fail':
      check(b.status === undefined || intIn(b.status, 500, 599), 'status must be a 5xx code.');
      return { mode: 'fail', count, on, status: b.status ?? 503 };
    case 'timeout':
    case 'accept-then-timeout':
      check(intIn(holdMs, 0, MAX_HOLD_MS), `holdMs must be an integer from 0 to ${MAX_HOLD_MS}.`);
      return { mode: b.mode, count, on, holdMs };
    case 'refuse': {
      const how = b.how ?? 'close';
      check(how === 'close' || how === 'reset', 'how must be "close" or "reset".');
      if (how === 'reset') return { mode: 'refuse', how, count, on };
      const ms = b.ms ?? 5000;
      check(intIn(ms, 1, MAX_CLOSED_MS), `ms must be an integer from 1 to ${MAX_CLOSED_MS}.`);
      return { mode: 'refuse', how, ms };
    }
    case 'delay': {
      const delayMs = b.delayMs ?? 1000;
      check(intIn(delayMs, 0, MAX_HOLD_MS), `delayMs must be an integer from 0 to ${MAX_HOLD_MS}.`);
      return { mode: 'delay', count, on, delayMs };
    }
    case 'rate-limit':
      check(b.retryAfter === undefined || intIn(b.retryAfter, 0, 86400), 'retryAfter must be whole seconds.');
      return { mode: 'rate-limit', count, on, retryAfter: b.retryAfter ?? 30 };
    case 'bad-request':
      check(
        b.errors === undefined || b.errors === null || Array.isArray(b.errors),
        'errors must be an array.',
      );
      return { mode: 'bad-request', count, on, errors: b.errors ?? null };
    case 'unauthorized':
      check(
        b.token === undefined || b.token === null || (typeof b.token === 'string' && b.token !== ''),
        'token must be a non-empty string.',
      );
      return { mode: 'unauthorized', on, token: b.token ?? null };
    case 'garbage':
      check(b.body === undefined || typeof b.body === 'string', 'body must be a string.');
      return {
        mode: 'garbage',
        count,
        on,
        body: b.body ?? '<html><body>Bad gateway, but said with 200</body></html>',
      };
    case 'sequence': {
      check(
        Array.isArray(b.steps) && b.steps.length <= MAX_STEPS,
        `steps must be an array of at most ${MAX_STEPS}.`,
      );
      const steps = b.steps.map((step, i) => normalizeStep(step, i));
      return { mode: 'sequence', on, steps };
    }
  }
  /* c8 ignore next */
  throw new BehaviourError('unreachable');
}

/**
 * One step of a sequence: one call's behaviour, with `count` and `on` dropped (the sequence says
 * which calls). `unauthorized` in a step answers that one call 401, whatever token it bears.
 * @param {unknown} step @param {number} i
 */
function normalizeStep(step, i) {
  const given = typeof step === 'string' ? { mode: step } : step;
  const mode = /** @type {any} */ (given)?.mode;
  if (!STEP_MODES.includes(mode))
    throw new BehaviourError(`steps[${i}].mode must be one of: ${STEP_MODES.join(', ')}.`);
  if (mode === 'refuse' && /** @type {any} */ (given).how !== 'reset')
    throw new BehaviourError(`steps[${i}]: refuse in a sequence is per call: how must be "reset".`);
  if (mode === 'unauthorized') return { mode };
  const { count: _count, on: _on, ...rest } = normalizeBehaviour(given);
  return rest;
}

/** Holds the active behaviour and hands it out call by call. */
class BehaviourState {
  constructor() {
    /** @type {Behaviour} */
    this.active = { mode: 'normal' };
  }

  /** @param {unknown} input @returns {Behaviour} */
  set(input) {
    this.active = normalizeBehaviour(input);
    return this.current();
  }

  /** @returns {Behaviour} a copy; `token` is never shown, only whether one is set */
  current() {
    const copy = { ...this.active };
    if ('token' in copy) copy.token = copy.token === null ? null : '[set]';
    if (copy.steps) copy.steps = copy.steps.map((step) => ({ ...step }));
    return copy;
  }

  /** @param {Route} route */
  appliesTo(route) {
    return this.active.mode !== 'normal' && (this.active.on == null || this.active.on === route);
  }

  /**
   * Takes one use of a counted behaviour for this call.
   * @param {Route} route
   * @returns {Behaviour | null} what to do, or null to behave normally
   */
  take(route) {
    const b = this.active;
    if (b.mode === 'sequence') {
      if (!this.appliesTo(route)) return null;
      const step = /** @type {Behaviour[]} */ (b.steps).shift();
      if (!b.steps?.length) this.active = { mode: 'normal' };
      return !step || step.mode === 'normal' ? null : step;
    }
    if (!this.appliesTo(route) || b.mode === 'unauthorized' || (b.mode === 'refuse' && b.how === 'close'))
      return null;
    const taken = { ...b };
    if (typeof b.count === 'number') {
      b.count -= 1;
      if (b.count <= 0) this.active = { mode: 'normal' };
    }
    return taken;
  }
}

module.exports = { MODES, ROUTES, BehaviourError, BehaviourState, normalizeBehaviour };
