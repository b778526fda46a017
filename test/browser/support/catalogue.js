'use strict';
/** The app's own message catalogue (src/core/i18n), so that the tests expect exactly the words
 *  the app means to show, in the user's language, rather than copies of them. */
const { translator } = require('../../../src/core/i18n/translator');
const { plainOf } = require('./playground');

/** @param {string} language @returns {(key: string, params?: object) => string} plain words */
const wordsIn = (language) => {
  const { t } = translator(language);
  return (key, params) => plainOf(t(key, params));
};

module.exports = { wordsIn };
