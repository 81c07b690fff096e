// The group's notes: the note-taker writes (saved as they type, a moment after they stop), the others
// read. Each save names the revision it builds on; when someone else saved in between, the server
// answers 409 with what is stored, and the note-taker merges, keeps theirs or keeps the stored text.
import { call } from "./api.js";
import { $ } from "./dom.js";
import { t } from "./i18n.js";

const DEBOUNCE_MS = 800;
let room = null;
let canEdit = false;
let revision = 0;
let dirty = false;
let saving = false;
let conflict = null;
let timer = null;

export function init() {
  $("notes-text").addEventListener("input", () => {
    dirty = true;
    status(t("notes_unsaved"));
    clearTimeout(timer);
    if (!conflict) timer = setTimeout(save, DEBOUNCE_MS);
  });
  $("notes-merge").addEventListener("click", () => resolve(mergeTexts(conflict.text, $("notes-text").value)));
  $("notes-mine").addEventListener("click", () => resolve($("notes-text").value));
  $("notes-theirs-use").addEventListener("click", () => {
    $("notes-text").value = conflict.text;
    revision = conflict.revision;
    dirty = false;
    conflict = null;
    $("notes-conflict").hidden = true;
    status(t("notes_saved"), "good");
  });
}

function status(text, kind) {
  const node = $("notes-status");
  node.textContent = text;
  node.className = `status ${kind || ""}`;
}

export function onMe(me) {
  const g = me.group;
  $("notes-none").hidden = Boolean(g);
  if (!g) {
    $("notes-edit").hidden = true;
    $("notes-read").hidden = true;
    room = null;
    return;
  }
  const key = `${me.block ? me.block.uid : ""}|${me.round}|${g.room}`;
  canEdit = g.role === "note_taker";
  $("notes-edit").hidden = !canEdit;
  $("notes-read").hidden = canEdit;
  if (key !== room) {
    room = key;
    dirty = false;
    conflict = null;
    $("notes-conflict").hidden = true;
    $("notes-text").value = "";
    status("");
    fetchNotes();
  } else if (g.notes_revision !== revision && !dirty && !saving) {
    fetchNotes();
  }
}

async function fetchNotes() {
  const res = await call("GET", "notes");
  if (!res.ok) return;
  if (canEdit && (dirty || saving)) return;
  revision = res.data.revision;
  if (canEdit) $("notes-text").value = res.data.text;
  else $("notes-view").textContent = res.data.text || t("notes_empty");
}

async function save() {
  if (saving || conflict || !canEdit) return;
  saving = true;
  status(t("notes_saving"));
  const text = $("notes-text").value;
  const res = await call("PUT", "notes", { text, base: revision });
  saving = false;
  if (res.ok) {
    revision = res.data.revision;
    if ($("notes-text").value === text) {
      dirty = false;
      status(t("notes_saved"), "good");
    } else {
      timer = setTimeout(save, DEBOUNCE_MS);
    }
  } else if (res.status === 409) {
    conflict = { text: res.data.text, revision: res.data.revision };
    $("notes-theirs").textContent = conflict.text;
    $("notes-conflict").hidden = false;
    status(res.data.message, "bad");
  } else {
    status(res.data.message || t("err_network"), "bad");
    if (res.status === 0 || res.status === 429) timer = setTimeout(save, 3000);
  }
}

function resolve(text) {
  $("notes-text").value = text;
  revision = conflict.revision;
  conflict = null;
  dirty = true;
  $("notes-conflict").hidden = true;
  save();
}

export function mergeTexts(theirs, mine) {
  if (theirs.includes(mine)) return theirs;
  if (mine.includes(theirs)) return mine;
  const have = new Set(theirs.split("\n").map((line) => line.trim()));
  const extra = mine.split("\n").filter((line) => line.trim() && !have.has(line.trim()));
  return extra.length ? `${theirs.replace(/\s+$/, "")}\n\n${extra.join("\n")}` : theirs;
}
