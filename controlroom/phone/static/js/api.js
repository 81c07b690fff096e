// The phone API under api/v1 (relative to the page), with the page's language in X-Lang.
import { lang } from "./i18n.js";

let whenSignedOut = () => {};

export function onSignedOut(handler) {
  whenSignedOut = handler;
}

export async function call(method, path, body) {
  const init = { method, credentials: "same-origin", headers: { "X-Lang": lang } };
  if (body !== undefined) {
    init.headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(`api/v1/${path}`, init);
  } catch (e) {
    return { ok: false, status: 0, data: { error: "network" } };
  }
  let data = {};
  try { data = await response.json(); } catch (e) { data = {}; }
  if (response.status === 401 && data.error === "signed_out" && path !== "session") whenSignedOut(data.message);
  return { ok: response.ok, status: response.status, data };
}
