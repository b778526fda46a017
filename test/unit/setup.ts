/**
 * Each unit test is a fresh app process as far as the settings held between calls go
 * (src/engine/adapters/settings/held.ts): a test's fake settings never answer another's.
 */
import { forgetHeldSettings } from '../../src/engine/adapters/settings/held';

beforeEach(() => forgetHeldSettings());
