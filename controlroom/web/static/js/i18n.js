// Language: ?lang=en|nb wins, else the browser's first Norwegian or English language, else Bokmål.
import nb from "../i18n/nb.js";
import en from "../i18n/en.js";

const DICTIONARIES = { nb, en };
const NORWEGIAN = /^(nb|no|nn)(-|$)/i;
const ENGLISH = /^en(-|$)/i;

export function pickLanguage(search = location.search, preferred = navigator.languages || [navigator.language]) {
  const asked = new URLSearchParams(search).get("lang");
  if (asked && DICTIONARIES[asked.toLowerCase()]) return asked.toLowerCase();
  for (const tag of preferred || []) {
    if (NORWEGIAN.test(tag || "")) return "nb";
    if (ENGLISH.test(tag || "")) return "en";
  }
  return "nb";
}

export const lang = pickLanguage();
const dictionary = DICTIONARIES[lang];

/** The text for `key` in the page's language, with `{name}` filled from `values`. */
export function t(key, values = {}) {
  const text = dictionary[key] ?? nb[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => (name in values ? String(values[name]) : `{${name}}`));
}

/** Set the page's language and translate every element marked `data-i18n`. */
export function translatePage(root = document) {
  document.documentElement.lang = lang;
  for (const el of root.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
}

/** A locale tag for Intl formatting in the page's language. */
export const locale = lang === "nb" ? "nb-NO" : "en-GB";
