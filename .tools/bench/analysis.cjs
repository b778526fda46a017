'use strict';
/**
 * What each figure's round trips are and what would cut them (issue 14), written from the trips
 * counted by host.countRoundTrips (test/integration/round-trips.test.js names each one) and kept
 * beside the figures: `npm run bench` puts the one of a missed target under its measured cause.
 * When a path changes, its round-trips test fails first; update the words here with it.
 */
const ANALYSIS = {
  '`/privacy policy` vs the bare modal':
    'The 6 trips of a warm call: the policy-update notice check, the registration check, the ' +
    "person's remembered law and the data map (4 reads by association: 4 records the view shows " +
    "facts from), the server's Site_Url (names the host, tells cloud from self-hosted) and the view " +
    "itself. The settings (11 on a cold call) are held by the app's process between calls. What would " +
    'cut it: hold the registration, the data map and Site_Url in the process too (each changes ' +
    'rarely, but another instance of a cluster changes the records without telling this one, so it ' +
    "needs a version stamp read in one trip), and keep the person's law with the other facts in one " +
    "record: 2 or 3 trips, about 1.5x; the bare modal's 1 trip cannot be reached by a view of facts " +
    'read from the workspace.',
  '`/privacy request` vs the bare modal':
    'The 15 trips of a warm call (settings held): the policy-update notice check; the daily limit ' +
    "said before typing (the person's claims, their requests); where the workspace runs (Site_Url, " +
    'the registration check, the remembered law, the data map); the new reference checked unused; ' +
    'the apps one can ask about; the draft (the request id issued to this person and view, a ' +
    'security rule: README Security) written and the drafts read back; whether an admin can be told ' +
    '(the named admin looked up); the view. What would cut it: one record per person holding the ' +
    "remembered law, the drafts and the day's claims (about 4 reads fewer), and the shared facts " +
    '(registration, data map, apps list) held in the process under a version stamp read in one ' +
    'trip: about 8 trips, still several times the bare modal.',
  '`/privacy status` vs the bare message':
    "4 trips against the bare message's 2: the policy-update notice check, the person's requests " +
    '(one read, all of them with their events), the policy versions they acknowledged, and the ' +
    'message. The notice check could be held in the process (a version stamp), which leaves one ' +
    'read more than the bare app: the requests themselves.',
  'submitting a request vs the bare submit':
    'The 25 trips of a warm submit (settings held) are each a guarantee the person is told about: ' +
    'filed before? and the view bound to this person (reads); the daily limit claimed under the ' +
    'request id and counted back (50 parallel submits once filed 50 requests); where the workspace ' +
    'runs; the filing lease read, written and read back (a double submit is one request); the outbox ' +
    'entry and the request stored; the admins told (the admin looked up, the DM room, the message) ' +
    'and who was told recorded as an event and read back (the receipt says who was told, so it must ' +
    'be true); the receipt; the outbox woken; the draft removed. The bare submit stores one record ' +
    'and promises nothing. What would cut it: tell the admins from the outbox job (the receipt would ' +
    'then say they will be told, and the job must do it before anything says they were), and merge ' +
    'the daily claim with the filing lease (one write, one read back): about 15 trips, still far ' +
    'from 1.5x of one.',
  'install and enable vs the bare app':
    '28 of the 34 trips are one provideSetting per setting (the engine has no list form); the rest ' +
    'are the two buttons, the jobs (one call for all), the command, the endpoint setting and who ' +
    'installed the app. The zip is already one bundled module, so the engine no longer bundles it at ' +
    'each start. What would cut it: fewer settings (each is a hop), which the admins would lose.',
  'zip size':
    'About 97 KB of the zip (compressed) is the message catalogue in five languages (392 KB of ' +
    'source text), 17 KB the settings labels in i18n/, 3 KB the icon; the code is about 59 KB. Writing ' +
    'each message key once instead of five times at build time saves about 20 KB (measured: 97 to ' +
    '77 KB), still over 150 KB; dropping a language would reach it and is not acceptable.',
  '/privacy admin (console list, first page) with 50,000 stored vs 500':
    "The list reads the whole register (every request and event, one read of 'requests-all') because " +
    "its counts, filters and page count cover all of it; the engine's persistence cannot page, count " +
    'or sort. What would fix it: records the app keeps itself: requests grouped by filing month (the ' +
    'newest page reads the last months only) and per-stage counts updated by the writer whose event ' +
    'moves a request, under the existing lease. The daily due-date alerts, the retention job and ' +
    'the export read the whole register the same way (about 10 s at 50,000 inside a job). Retention ' +
    'keeps the register small in practice: closed requests are reduced after a year and deleted ' +
    'after three.',
};

/** The analysis of a figure, or undefined. @param {string} name */
function analysisOf(name) {
  return ANALYSIS[name];
}

module.exports = { ANALYSIS, analysisOf };
