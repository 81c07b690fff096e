// The participants' link on a screen (the foyer, a room): its QR code and its short address, so people
// in the room open their own group on their phones. Asked for with this view's own key; a screen whose key
// does not reach it simply shows nothing.
import { t } from "./i18n.js";

export async function showPhoneLink(key) {
  const box = document.querySelector('[data-role="phone"]');
  if (!box) return;
  const query = key ? `?key=${encodeURIComponent(key)}` : "";
  try {
    const answer = await fetch(`/view/phone-link${query}`, { cache: "no-store" });
    if (!answer.ok) return;
    const link = await answer.json();
    box.querySelector("img").src = `/view/phone-qr.svg${query}`;
    box.querySelector('[data-role="phone-text"]').textContent = t("phone.follow");
    box.querySelector('[data-role="phone-url"]').textContent = link.short;
    box.hidden = false;
  } catch {
    // no server right now: the box stays hidden; the view reconnects on its own
  }
}
