// The index of every view: its name, its link (with its key) and a QR code to open it on a phone or a
// screen on the venue's network.
import { t, translatePage } from "./i18n.js";

translatePage();
const key = new URLSearchParams(location.search).get("key") || "";
const list = document.querySelector('[data-role="links"]');
const status = document.querySelector('[data-role="status"]');

function label(link) {
  return link.kind === "room" ? t("view.room", { room: link.room }) : t(`view.${link.kind}`);
}

async function copy(text, button) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = document.createElement("textarea");
    area.value = text;
    document.body.append(area);
    area.select();
    document.execCommand("copy");
    area.remove();
  }
  button.textContent = t("index.copied");
  setTimeout(() => (button.textContent = t("index.copy")), 1500);
}

async function load() {
  let links;
  try {
    const answer = await fetch(`/view/links?${new URLSearchParams({ key })}`, { cache: "no-store" });
    if (!answer.ok) throw new Error(String(answer.status));
    links = (await answer.json()).links;
  } catch {
    status.textContent = t("index.failed");
    return;
  }
  status.hidden = true;
  for (const link of links) {
    const li = document.createElement("li");
    li.dataset.kind = link.kind;
    if (link.room) li.dataset.room = link.room;
    const heading = document.createElement("h2");
    heading.textContent = label(link);
    const img = document.createElement("img");
    img.src = link.qr;
    img.alt = label(link);
    const a = document.createElement("a");
    a.href = link.url;
    a.textContent = decodeURI(link.url);
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = t("index.copy");
    button.addEventListener("click", () => copy(link.url, button));
    li.append(heading, img, a, button);
    list.append(li);
  }
}

load();
