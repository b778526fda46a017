'use strict';
/**
 * The app's setting labels as an admin reads them: the app's own i18n/<language>.json (the
 * file the server shows settings from), English for a language the app does not have.
 */
const fs = require('node:fs');
const path = require('node:path');

const I18N_DIR = path.resolve(__dirname, '..', '..', '..', 'i18n');

/** @param {string | null} language e.g. `de`, `pt-BR`; none means the server's (`en`) */
function settingLabels(language) {
  const wanted = language || 'en';
  const read = (lang) => {
    const file = path.join(I18N_DIR, `${lang}.json`);
    return /^[a-zA-Z-]+$/.test(lang) && fs.existsSync(file)
      ? JSON.parse(fs.readFileSync(file, 'utf8'))
      : undefined;
  };
  const own = read(wanted) ?? read(wanted.split('-')[0]);
  return { language: own ? wanted : 'en', labels: { ...read('en'), ...own } };
}

module.exports = { settingLabels };
