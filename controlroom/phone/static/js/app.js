// The participant's page: sign in with the personal code (typed, or ?code= from the badge's QR),
// then the own group, inputs, notes and Open Space, kept current by the server over a WebSocket.
import { call, onSignedOut } from "./api.js";
import { setServerNow, setZone } from "./clock.js";
import { $ } from "./dom.js";
import * as group from "./group.js";
import { apply, lang, load as loadWords, pickLanguage, remember, t } from "./i18n.js";
import * as inputs from "./inputs.js";
import * as notes from "./notes.js";
import * as openspace from "./openspace.js";

const VIEWS = ["signin", "tab-group", "tab-inputs", "tab-notes", "tab-openspace"];
let me = null;
let tab = "group";
let socket = null;
let retry = 0;
let reconnect = null;

function showOnly(id) {
  $("loading").hidden = true;
  for (const view of VIEWS) $(view).hidden = view !== id;
}

function showSignIn(message) {
  me = null;
  closeSocket();
  $("tabs").hidden = true;
  $("signout").hidden = true;
  $("offline").hidden = true;
  $("hello").textContent = t("app_title");
  $("signin-error").textContent = message || "";
  showOnly("signin");
  document.body.dataset.state = "signin";
}

function tabAvailable(name) {
  if (name === "notes") return Boolean(me && me.group);
  if (name === "openspace") return Boolean(me && me.openspace && me.openspace.active);
  return true;
}

function selectTab(name) {
  tab = tabAvailable(name) ? name : "group";
  for (const button of $("tabs").querySelectorAll("button")) {
    button.hidden = !tabAvailable(button.dataset.tab);
    button.setAttribute("aria-selected", button.dataset.tab === tab ? "true" : "false");
  }
  showOnly(`tab-${tab}`);
}

function onMe(next) {
  me = next;
  setZone(me.timezone);
  document.body.dataset.state = "in";
  $("hello").textContent = me.first_name ? t("hello", { name: me.first_name }) : t("app_title");
  $("signout").hidden = false;
  $("tabs").hidden = false;
  group.render(me);
  inputs.onMe(me);
  notes.onMe(me);
  openspace.onMe(me);
  selectTab(tab);
}

function closeSocket() {
  clearTimeout(reconnect);
  if (socket) {
    socket.onclose = null;
    socket.close();
    socket = null;
  }
}

function connect() {
  closeSocket();
  const url = new URL("ws", location.href);
  url.protocol = location.protocol === "https:" ? "wss:" : "ws:";
  url.search = "";
  socket = new WebSocket(url);
  socket.onopen = () => {
    retry = 0;
    $("offline").hidden = true;
  };
  socket.onmessage = (event) => {
    let message;
    try { message = JSON.parse(event.data); } catch (e) { return; }
    if (message.server_now) setServerNow(message.server_now);
    if (message.type === "me") onMe(message.me);
    else if (message.type === "inputs") inputs.merge(message);
    else if (message.type === "signed_out") showSignIn(t("err_signed_out"));
  };
  socket.onclose = (event) => {
    socket = null;
    if (event.code === 4401) {
      showSignIn(t("err_signed_out"));
      return;
    }
    if (!me) return;
    $("offline").hidden = false;
    retry = Math.min(retry + 1, 5);
    reconnect = setTimeout(async () => {
      const res = await call("GET", "me");
      if (res.ok) {
        if (res.data.server_now) setServerNow(res.data.server_now);
        onMe(res.data);
        inputs.load();
        connect();
      } else if (res.status !== 401) {
        socket = null;
        connect();
      }
    }, 1000 * 2 ** (retry - 1));
  };
}

async function signIn(code) {
  const button = $("signin-button");
  button.disabled = true;
  button.textContent = t("signing_in");
  const res = await call("POST", "session", { code });
  button.disabled = false;
  button.textContent = t("signin_button");
  if (!res.ok) {
    showSignIn(res.data.message || t("err_network"));
    $("code").value = code;
    return;
  }
  $("code").value = "";
  tab = "group";
  onMe(res.data);
  inputs.load();
  connect();
}

async function boot() {
  await loadWords(pickLanguage());
  $("lang").textContent = t("language_switch");
  inputs.init();
  notes.init();
  openspace.init();
  onSignedOut((message) => showSignIn(message || t("err_signed_out")));
  $("signin-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const code = $("code").value.trim();
    if (!code) {
      $("signin-error").textContent = t("err_wrong_code");
      return;
    }
    signIn(code);
  });
  $("signout").addEventListener("click", async () => {
    await call("DELETE", "session");
    showSignIn("");
  });
  $("lang").addEventListener("click", async () => {
    const next = lang === "nb" ? "en" : "nb";
    remember(next);
    await loadWords(next);
    $("lang").textContent = t("language_switch");
    apply(document);
    inputs.relabel();
    openspace.relabel();
    if (me) {
      const res = await call("GET", "me");
      if (res.ok) onMe(res.data);
    } else {
      $("hello").textContent = t("app_title");
    }
  });
  for (const button of $("tabs").querySelectorAll("button")) {
    button.addEventListener("click", () => selectTab(button.dataset.tab));
  }
  const params = new URLSearchParams(location.search);
  const code = params.get("code");
  if (code) {
    params.delete("code");
    const rest = params.toString();
    history.replaceState(null, "", location.pathname + (rest ? `?${rest}` : ""));
    await signIn(code);
    return;
  }
  const res = await call("GET", "me");
  if (res.ok) {
    if (res.data.server_now) setServerNow(res.data.server_now);
    onMe(res.data);
    inputs.load();
    connect();
  } else {
    showSignIn("");
  }
}

boot();
