// The page's words: static/i18n/<lang>.json, chosen by the phone's language (Norwegian for nb, nn
// and no, else English), by ?lang= or by the language button (remembered on the phone).
const NORWEGIAN = ["nb", "nn", "no"];
const KEY = "kontrollrom-lang";
export let lang = "nb";
let words = {};

export function pickLanguage() {
  const asked = new URLSearchParams(location.search).get("lang");
  if (asked === "nb" || asked === "en") return asked;
  let saved = null;
  try { saved = localStorage.getItem(KEY); } catch (e) { saved = null; }
  if (saved === "nb" || saved === "en") return saved;
  for (const tag of navigator.languages || [navigator.language || ""]) {
    const primary = String(tag).toLowerCase().split("-")[0];
    if (NORWEGIAN.includes(primary)) return "nb";
    if (primary === "en") return "en";
  }
  return "en";
}

export function remember(choice) {
  try { localStorage.setItem(KEY, choice); } catch (e) { /* private mode: only for this visit */ }
}

export async function load(choice) {
  const res = await fetch(`i18n/${choice}.json`, { credentials: "same-origin" });
  words = await res.json();
  lang = choice;
  document.documentElement.lang = choice;
  apply(document);
}

export function t(key, values) {
  let text = Object.prototype.hasOwnProperty.call(words, key) ? words[key] : key;
  if (values) {
    for (const [name, value] of Object.entries(values)) text = text.split(`{${name}}`).join(String(value));
  }
  return text;
}

export function apply(root) {
  for (const node of root.querySelectorAll("[data-t]")) node.textContent = t(node.dataset.t);
  for (const node of root.querySelectorAll("[data-t-placeholder]")) node.placeholder = t(node.dataset.tPlaceholder);
}
