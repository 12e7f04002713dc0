// The review queue, one item at a time: claim the next item (held for me), see it in context,
// decide with a / r (reason codes) / s, and move back and forth through what I saw with k / j.
// A pass goes through every item once: the items shown are sent as `seen`, so Skip moves on to one
// not yet shown; the page says where in the queue the item is ("3 of 27") and how many are left.
import { api, describeError, el, fill, readJson } from "./api.js";
import { installGuidelines } from "./guidelines.js";
import { showThread } from "./thread.js";

const data = readJson("page-data");
const box = document.getElementById("review-item");
const status = document.getElementById("review-status");
const buttons = Object.fromEntries(["approve", "reject", "skip", "reopen", "previous", "next"].map((id) => [id, document.getElementById(id)]));
const where = document.getElementById("queue-position");
const comment = document.getElementById("approve-comment");
const dialog = document.getElementById("reject-dialog");
const rejectForm = document.getElementById("reject-form");
const rejectStatus = document.getElementById("reject-status");
const filters = Object.fromEntries(
  [...new URLSearchParams(window.location.search)].filter(([name, value]) => value && ["label", "document", "publisher", "annotator"].includes(name)),
);

const seen = []; // items shown in this session, in order
const pass = new Set(); // ids of the items shown in this pass of the queue
let position = -1;
let busy = false;
const incidentTitles = new Map();

// While a request runs every button is disabled, so that one key press or click makes one request.
function setBusy(value) {
  busy = value;
  if (value) for (const button of Object.values(buttons)) button.disabled = true;
  else render(current());
}

function say(state, text) {
  status.dataset.state = state;
  status.textContent = text;
}

function current() {
  return position >= 0 ? seen[position] : null;
}

function textOf(part) {
  if (!part) return null;
  if (typeof part === "string") return part;
  return part.text ?? null;
}

function asList(part) {
  if (!part) return [];
  return Array.isArray(part) ? part : [part];
}

function labelOf(key) {
  return data.labels[key] || { name: (key || "").replaceAll("_", " "), colour: "#888888" };
}

function actorName(id) {
  return data.actors[id] || "actor " + id;
}

function figuresText(f) {
  if (!f) return "no figures";
  const range = (low, high) => (low === null && high === null ? "—" : low === high || high === null ? (low ?? "?") + (high === null ? "+" : "") : (low ?? "?") + "–" + high);
  return "killed " + range(f.killed_min, f.killed_max) + ", injured " + range(f.injured_min, f.injured_max) + " (" + (f.qualifier || "exact") + ", " + (f.scope || "incident") + (f.preliminary ? ", preliminary" : "") + ")" + (f.cited_source ? ", cited source: " + actorName(f.cited_source) : "") + (f.is_suggested ? " — still the machine's suggestion" : "");
}

function sentenceWithSpan(item, sentenceText, sentenceStart) {
  if (item.span_start === null || item.span_start === undefined || sentenceStart === undefined || sentenceStart === null) return [sentenceText];
  const chars = [...sentenceText];
  const a = item.span_start - sentenceStart;
  const b = item.span_end - sentenceStart;
  return [chars.slice(0, a).join(""), el("mark", {}, chars.slice(a, b).join("")), chars.slice(b).join("")];
}

function incidentLink(id) {
  const link = el("a", { href: "/incidents/" + id + "/" }, incidentTitles.get(id) || "Incident " + id);
  if (!incidentTitles.has(id)) {
    api.get("incidents/" + id + "/").then((incident) => {
      incidentTitles.set(id, incident.title);
      link.textContent = incident.title;
    }).catch(() => {});
  }
  return link;
}

function showPosition(item) {
  if (!item || item.position === undefined || item.position === null) {
    where.textContent = "";
    return;
  }
  const left = item.remaining ?? Math.max(0, (item.total ?? 0) - item.position);
  where.textContent =
    "Item " + item.position + " of " + item.total + " in the queue · " + (left ? left + " not yet seen in this pass" : "the last one not yet seen in this pass");
}

// Nothing unseen is left: either the queue is empty, or everything in it was shown in this pass.
async function renderEnd() {
  let left = 0;
  if (pass.size) {
    try {
      const body = await api.get("review-queue/", { ...filters, limit: 1 });
      left = body && body.count !== undefined ? body.count : (body.results || body).length;
    } catch (error) {
      left = 1; // unknown: offer a new pass, which says so if the queue is empty
    }
  }
  if (left) {
    fill(
      box,
      el("h2", { id: "item-heading" }, "You have seen every item in this pass"),
      el("p", { class: "muted" }, "The items you skipped are still in the queue (" + left + " in all). Start a new pass to see them again."),
      el("button", { type: "button", id: "new-pass", onclick: () => { pass.clear(); claim(null); } }, "Start a new pass"),
    );
  } else {
    fill(box, el("h2", { id: "item-heading" }, "The queue is empty"), el("p", { class: "muted" }, "No submitted annotation waits for you with these filters. Items you annotated yourself are never shown to you."));
  }
  where.textContent = "";
  for (const [name, button] of Object.entries(buttons)) button.disabled = name !== "previous" || position <= 0;
}

// The item's discussion with its annotator, below the item; drawn again only when the item changes,
// so that a reply being typed survives a decision.
const threadBox = document.getElementById("review-thread");
function renderThread(item) {
  threadBox.hidden = !item;
  if (item && threadBox.dataset.annotation !== String(item.id)) showThread(threadBox, item.id, { me: data.me });
  if (!item) delete threadBox.dataset.annotation;
}

function render(item) {
  renderThread(item);
  if (!item) {
    renderEnd();
    return;
  }
  const context = item.context || {};
  const doc = context.document || {};
  const sentence = context.sentence || {};
  const sentenceText = textOf(context.sentence) ?? item.sentence_text ?? "";
  const others = context.others || [];
  const publisher = doc.publisher ? (typeof doc.publisher === "string" ? doc.publisher : doc.publisher.name) : null;
  const review = item.review || {};
  fill(
    box,
    el("h2", { id: "item-heading" }, el("span", { class: "chip", style: "--label: " + labelOf(item.label).colour }, labelOf(item.label).name), " by " + (item.annotator ? item.annotator.username : "?") + " ", el("span", { class: "status status-" + item.status }, item.status)),
    el(
      "div",
      { class: "context", "aria-label": "The sentence in its context" },
      asList(context.previous).map((p) => el("p", { class: "muted", dir: "auto", lang: doc.language }, textOf(p))),
      el("p", { class: "current-sentence", dir: "auto", lang: doc.language }, sentenceWithSpan(item, sentenceText, sentence.start)),
      asList(context.next).map((p) => el("p", { class: "muted", dir: "auto", lang: doc.language }, textOf(p))),
    ),
    el(
      "dl",
      { class: "provenance" },
      el("dt", {}, "Document"),
      el("dd", {}, doc.id ? el("a", { href: "/documents/" + doc.id + "/annotate/", dir: "auto" }, doc.title || "Document " + doc.id) : doc.title || "—"),
      el("dt", {}, "Publisher"),
      el("dd", {}, publisher || "unknown"),
      el("dt", {}, "Published"),
      el("dd", {}, doc.published_on || "date unknown"),
      doc.url ? [el("dt", {}, "Source"), el("dd", {}, el("a", { href: doc.url, rel: "noopener noreferrer" }, doc.url))] : null,
      item.label === "casualty_claim" || item.figures ? [el("dt", {}, "Figures"), el("dd", { class: item.figures ? "" : "missing" }, figuresText(item.figures))] : null,
      item.label === "attribution" || item.responsibility
        ? [el("dt", {}, "Blames"), el("dd", { class: item.responsibility ? "" : "missing" }, item.responsibility ? actorName(item.responsibility.actor) + " (" + item.responsibility.stance + ")" : "no actor")]
        : null,
      item.note ? [el("dt", {}, "Note"), el("dd", {}, item.note)] : null,
      (item.incidents || []).length ? [el("dt", {}, "Incidents"), el("dd", { class: "incident-names" }, item.incidents.map((id) => incidentLink(id)))] : null,
      review.reviewed_at ? [el("dt", {}, "Decided"), el("dd", {}, item.status + (review.reason ? " (" + review.reason.replaceAll("_", " ") + ")" : "") + (review.comment ? ": " + review.comment : ""))] : null,
    ),
    el("h3", {}, "Other annotators on this sentence"),
    others.length
      ? el("ul", { class: "others" }, others.map((o) => el("li", {}, (o.annotator ? o.annotator.username || o.annotator : "?") + ": " + labelOf(o.label).name + " (" + o.status + ")")))
      : el("p", { class: "muted" }, "Nobody else labelled this sentence."),
  );
  const open = item.status === "submitted";
  buttons.approve.disabled = !open;
  buttons.reject.disabled = !open;
  buttons.skip.disabled = !open;
  buttons.reopen.disabled = !(item.status === "approved" || item.status === "rejected");
  buttons.reopen.hidden = buttons.reopen.disabled;
  showPosition(item);
  buttons.previous.disabled = position <= 0;
  buttons.next.disabled = false;
}

// The context gives the sentence's text; a sub-span needs its offsets too, read once per item.
async function withOffsets(item) {
  if (!item || item.span_start === null || item.span_start === undefined) return item;
  try {
    const sentence = await api.get("sentences/" + item.sentence + "/");
    item.context = { ...item.context, sentence: { ...(item.context || {}).sentence, start: sentence.start } };
  } catch (error) {
    // Without offsets the whole sentence is shown; the decision does not depend on it.
  }
  return item;
}

async function claim(skip, message) {
  setBusy(true);
  say("saving", "Fetching the next item…");
  try {
    const body = { ...filters, seen: [...pass] };
    if (skip) body.skip = skip.id;
    const item = await withOffsets(await api.post("review-queue/claim/", body));
    say(message ? "saved" : "", message || "");
    if (item) pass.add(item.id);
    if (item) {
      seen.splice(position + 1);
      seen.push(item);
      position = seen.length - 1;
    } else {
      seen.splice(position + 1);
      position = seen.length;
    }
    busy = false;
    render(item);
  } catch (error) {
    busy = false;
    say("failed", "Could not fetch the next item: " + describeError(error));
    box.replaceChildren(el("p", { class: "error" }, describeError(error)), el("button", { type: "button", class: "retry", onclick: () => claim(skip) }, "Retry"));
  }
}

async function decide(action, body) {
  const item = current();
  if (!item || item.status !== "submitted" || busy) return false;
  setBusy(true);
  say("saving", (action === "approve" ? "Approving" : "Rejecting") + "…");
  try {
    const updated = await api.post("annotations/" + item.id + "/" + action + "/", body);
    seen[position] = { ...item, ...updated, context: item.context, position: item.position, total: item.total, remaining: item.remaining };
    busy = false;
    comment.value = "";
    await claim(null, (action === "approve" ? "Approved" : "Rejected") + " annotation " + item.id + ".");
    return true;
  } catch (error) {
    setBusy(false);
    say("failed", (action === "approve" ? "Approval" : "Rejection") + " failed: " + describeError(error));
    const retry = el("button", { type: "button", class: "retry", onclick: () => decide(action, body) }, "Retry");
    status.append(" ", retry);
    return false;
  }
}

function approve() {
  const text = comment.value.trim();
  return decide("approve", text ? { comment: text } : {});
}

function openReject() {
  if (!current() || current().status !== "submitted") return;
  rejectStatus.textContent = "";
  dialog.showModal();
  rejectForm.querySelector("input[name=reason]:checked")?.focus();
}

rejectForm.addEventListener("submit", async (event) => {
  event.preventDefault();
  const reason = rejectForm.elements.reason.value;
  const text = rejectForm.elements.comment.value.trim();
  if (reason === "other" && !text) {
    rejectStatus.dataset.state = "failed";
    rejectStatus.textContent = "Say what is wrong: a rejection for “Other” needs a comment.";
    return;
  }
  dialog.close();
  const done = await decide("reject", { reason, comment: text });
  if (done) rejectForm.elements.comment.value = "";
});
document.getElementById("reject-cancel").addEventListener("click", () => dialog.close());
dialog.addEventListener("keydown", (event) => {
  const index = Number(event.key);
  if (event.target.tagName !== "TEXTAREA" && index >= 1 && index <= rejectForm.elements.reason.length) {
    rejectForm.elements.reason[index - 1].checked = true;
    rejectForm.elements.reason[index - 1].focus();
  }
});

// A decided item goes back to the annotator (draft) so that it can be corrected; recorded by the API.
async function reopen() {
  const item = current();
  if (!item || !(item.status === "approved" || item.status === "rejected") || busy) return;
  setBusy(true);
  say("saving", "Reopening…");
  try {
    const updated = await api.post("annotations/" + item.id + "/reopen/", {});
    seen[position] = { ...item, ...updated, context: item.context };
    busy = false;
    render(seen[position]);
    say("saved", "Reopened annotation " + item.id + ": it is a draft again, for its annotator to correct.");
  } catch (error) {
    setBusy(false);
    say("failed", "Reopening failed: " + describeError(error));
  }
}

function previous() {
  if (position <= 0) return;
  position -= 1;
  render(seen[position]);
}

function next() {
  if (position < seen.length - 1) {
    position += 1;
    render(seen[position]);
  } else {
    const item = current();
    claim(item && item.status === "submitted" ? item : null);
  }
}

buttons.approve.addEventListener("click", approve);
buttons.reject.addEventListener("click", openReject);
buttons.skip.addEventListener("click", () => current() && claim(current()));
buttons.previous.addEventListener("click", previous);
buttons.reopen.addEventListener("click", reopen);
buttons.next.addEventListener("click", next);

document.addEventListener("keydown", (event) => {
  const target = event.target;
  if (dialog.open || event.ctrlKey || event.metaKey || event.altKey) return;
  if (target && (["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName) || target.isContentEditable)) return;
  const actions = { a: approve, r: openReject, s: () => current() && claim(current()), j: next, k: previous };
  const action = actions[event.key];
  if (action && !busy) {
    event.preventDefault();
    action();
  }
});

claim(null);
installGuidelines({
  currentProject: () => {
    const item = current();
    if (!item || item.project === undefined || item.project === null) return null;
    return typeof item.project === "object" ? item.project.id : item.project;
  },
});
