// The annotation page: select sentences (click, shift-click, drag, arrow keys) or words inside one
// sentence, toggle labels with keys 1-4 or the label buttons, and see every save succeed or fail.
import { ApiError, SaveStatus, api, describeError, el, getAll, readJson, request, whileBusy } from "./api.js";
import { Editor } from "./editor.js";
import { installGuidelines } from "./guidelines.js";
import { installHints } from "./hints.js";
import { showThread } from "./thread.js";

const data = readJson("page-data");
const labels = new Map(data.labels.map((label) => [label.key, label]));
const shortcuts = new Map(data.labels.filter((l) => l.shortcut).map((label) => [label.shortcut, label]));
const textBox = document.getElementById("document-text");
const info = document.getElementById("selection-info");
const status = new SaveStatus(document.getElementById("save-status"), { onMark: markSaving });
const list = document.getElementById("my-annotations");
const summary = document.getElementById("mine-summary");
const EDITABLE = new Set(["draft", "rejected"]);
const threads = data.threads || {}; // my annotation id -> its discussion: {count, unread}

const sentences = [...textBox.querySelectorAll(".sentence")].map((node, position) => ({
  id: Number(node.dataset.id),
  index: Number(node.dataset.index),
  start: Number(node.dataset.start),
  end: Number(node.dataset.end),
  text: node.textContent,
  position,
  node,
}));
const byId = new Map(sentences.map((sentence) => [sentence.id, sentence]));
const number = (sentence) => sentence.index + 1; // people count sentences from 1
const creating = new Set(); // "sentence:label" of creates not yet stored (a second key press waits)

// A sentence whose save is on its way or failed says so in the text, until the save is stored.
function markSaving(ids, state) {
  for (const id of ids) {
    const sentence = byId.get(id);
    if (!sentence) continue;
    if (state) sentence.node.dataset.save = state;
    else delete sentence.node.dataset.save;
  }
}

const state = {
  annotations: new Map(), // id -> annotation as the API returns it
  selection: null, // {from, to, anchor} positions in `sentences`, and span {start, end} (document offsets) or null
};

const editor = new Editor({
  element: document.getElementById("editor"),
  data,
  status,
  sentenceOf: (annotation) => byId.get(annotation.sentence),
  numberOf: (annotation) => number(byId.get(annotation.sentence)),
  onChange: (annotation) => upsert(annotation),
  onDelete: (annotation) => removeAnnotation(annotation),
});

// --- the annotations ---------------------------------------------------------------------------

function mine(sentenceId, labelKey) {
  for (const annotation of state.annotations.values()) {
    if (annotation.sentence === sentenceId && annotation.label === labelKey) return annotation;
  }
  return null;
}

function upsert(annotation) {
  state.annotations.set(annotation.id, annotation);
  render();
}

function removeAnnotation(annotation) {
  state.annotations.delete(annotation.id);
  if (editor.annotation && editor.annotation.id === annotation.id) editor.close();
  render();
}

// Suggested labels as hints on the sentences (hints.js); accepting one labels through create() like a key press.
installHints({
  documentId: data.document.id,
  projectId: data.project.id, // the hints use this project's learned model
  sentences,
  labels,
  selected: () => selected(),
  has: (sentence, key) => Boolean(mine(sentence.id, key)),
  accept: (key, run) => create(run, key, null).catch(() => {}),
});

async function load() {
  try {
    const items = await getAll("annotations/", { document: data.document.id, annotator: data.me.id });
    state.annotations.clear();
    for (const annotation of items) {
      if (!annotation.annotator || annotation.annotator.id === data.me.id) state.annotations.set(annotation.id, annotation);
    }
    render();
  } catch (error) {
    summary.textContent = "Your annotations could not be loaded: " + describeError(error);
    summary.classList.add("error");
    const retry = el("button", { type: "button", class: "retry", text: "Retry", onclick: () => load() });
    summary.append(" ", retry);
  }
}

// --- rendering ----------------------------------------------------------------------------------

function tint(colour) {
  return colour + "40";
}

const STATE_MARK = { draft: "✎", submitted: "⏳", approved: "✓", rejected: "✗" };

// One chip per label after the sentence (outside it, so the sentence's text and offsets stay as
// stored): the label's colour and short name, and its state as a mark and a word.
function chipsFor(sentence, annotations) {
  let chips = sentence.node.nextElementSibling;
  if (!chips || !chips.classList.contains("label-chips")) {
    chips = el("span", { class: "label-chips", "aria-hidden": "true" });
    sentence.node.after(chips);
  }
  chips.replaceChildren(
    ...annotations.map((a) => {
      const label = labels.get(a.label) || { name: a.label, colour: "#888888" };
      return el(
        "span",
        { class: "label-chip state-" + a.status, style: "--label: " + label.colour, title: label.name + ": " + a.status, dataset: { annotation: a.id } },
        el("span", { class: "state-mark" }, STATE_MARK[a.status] || "•"),
        " " + label.name + " · " + a.status,
      );
    }),
  );
  chips.hidden = annotations.length === 0;
}

function paintSentence(sentence) {
  const annotations = [...state.annotations.values()]
    .filter((a) => a.sentence === sentence.id)
    .sort((a, b) => labelOrder(a.label) - labelOrder(b.label));
  const whole = annotations.filter((a) => a.span_start === null || a.span_start === undefined);
  const node = sentence.node;
  // One quiet tint for a labelled sentence (its first label's colour); the chips say which labels and states.
  node.style.background = whole.length ? tint((labels.get(whole[0].label) || { colour: "#888888" }).colour) : "";
  node.style.setProperty("--label", whole.length ? (labels.get(whole[0].label) || { colour: "#888888" }).colour : "transparent");
  node.classList.toggle("labelled", annotations.length > 0);
  node.classList.toggle("several", whole.length > 1);
  node.dataset.labels = annotations.map((a) => a.label).join(" ");
  node.dataset.states = [...new Set(annotations.map((a) => a.status))].join(" ");
  chipsFor(sentence, annotations);
  const names = annotations.map((a) => (labels.get(a.label) || { name: a.label }).name + " (" + a.status + ")");
  if (names.length) node.title = "Sentence " + number(sentence) + ": " + names.join(", ");
  else node.removeAttribute("title");
  node.setAttribute("aria-label", sentence.text + (names.length ? " — labels: " + names.join(", ") : ""));

  // Sub-spans are marked inside the sentence; the text itself stays exactly as stored.
  const spans = annotations.filter((a) => a.span_start !== null && a.span_start !== undefined);
  if (!spans.length && node.childElementCount === 0) return;
  const cuts = new Set([0, sentence.text.length]);
  const chars = [...sentence.text];
  for (const a of spans) {
    cuts.add(Math.max(0, a.span_start - sentence.start));
    cuts.add(Math.min(chars.length, a.span_end - sentence.start));
  }
  const points = [...cuts].sort((x, y) => x - y);
  node.replaceChildren();
  for (let i = 0; i < points.length - 1; i += 1) {
    const piece = chars.slice(points[i], points[i + 1]).join("");
    const covering = spans.filter(
      (a) => a.span_start - sentence.start <= points[i] && a.span_end - sentence.start >= points[i + 1],
    );
    if (!covering.length) node.append(piece);
    else {
      const colour = (labels.get(covering[0].label) || { colour: "#888888" }).colour;
      node.append(el("mark", { class: "span", style: "--label: " + colour, dataset: { labels: covering.map((a) => a.label).join(" ") } }, piece));
    }
  }
}

function labelOrder(key) {
  return data.labels.findIndex((label) => label.key === key);
}

function render() {
  for (const sentence of sentences) paintSentence(sentence);
  renderList();
  renderSelection();
}

function renderList() {
  const items = [...state.annotations.values()].sort(
    (a, b) => byId.get(a.sentence).position - byId.get(b.sentence).position || labelOrder(a.label) - labelOrder(b.label),
  );
  const counts = {};
  for (const a of items) counts[a.status] = (counts[a.status] || 0) + 1;
  summary.classList.remove("error");
  summary.textContent = items.length
    ? items.length + " annotation" + (items.length === 1 ? "" : "s") + ": " +
      Object.entries(counts).map(([name, n]) => n + " " + name).join(", ") + "."
    : "None yet: select a sentence and press a label key.";
  list.replaceChildren(
    ...items.map((a) => {
      const label = labels.get(a.label) || { name: a.label, colour: "#888888" };
      const sentence = byId.get(a.sentence);
      const review = a.review || {};
      const button = el(
        "button",
        {
          type: "button",
          class: "annotation-item" + (editor.annotation && editor.annotation.id === a.id ? " current" : ""),
          "aria-label": "Sentence " + number(sentence) + ", " + label.name + ", " + a.status + ": open",
          onclick: () => {
            select(sentence.position, sentence.position, null);
            editor.open(a);
            renderList();
          },
        },
        el("span", { class: "chip", style: "--label: " + label.colour }, label.name),
        " ",
        el("span", { class: "muted" }, "sentence " + number(sentence)),
        " ",
        el("span", { class: "status status-" + a.status }, a.status),
        a.span_start !== null && a.span_start !== undefined
          ? el("span", { class: "quote" }, "“" + spanText(a) + "”")
          : null,
      );
      const comment =
        review.reason || review.comment
          ? el("p", { class: "review-comment" }, "Reviewer: ", review.reason ? review.reason.replaceAll("_", " ") : "", review.reason && review.comment ? " — " : "", review.comment || "")
          : null;
      const thread = threads[a.id];
      // A link (the thread's own address), so that the item's one button stays the one that opens it.
      const discuss = el(
        "a",
        {
          href: "#thread-" + a.id,
          class: "discuss",
          "aria-label": "Discussion on sentence " + number(sentence) + ", " + label.name + (thread && thread.unread ? ": " + thread.unread + " unread" : ""),
          onclick: (event) => {
            event.preventDefault();
            openThread(a.id);
          },
        },
        thread ? "Discussion (" + thread.count + ")" : "Discuss",
        thread && thread.unread ? el("span", { class: "unread-badge", title: "unread replies" }, String(thread.unread)) : null,
      );
      return el("li", { dataset: { annotation: a.id, status: a.status } }, button, comment, discuss);
    }),
  );
}

function spanText(annotation) {
  const sentence = byId.get(annotation.sentence);
  const chars = [...sentence.text];
  return chars.slice(annotation.span_start - sentence.start, annotation.span_end - sentence.start).join("");
}

// --- selection ------------------------------------------------------------------------------------

function select(from, to, span, anchor) {
  const low = Math.max(0, Math.min(from, to));
  const high = Math.min(sentences.length - 1, Math.max(from, to));
  state.selection = { from: low, to: high, anchor: anchor === undefined ? from : anchor, focus: to, span };
  renderSelection();
  sentences[to].node.scrollIntoView({ block: "nearest" });
}

function selected() {
  if (!state.selection) return [];
  return sentences.slice(state.selection.from, state.selection.to + 1);
}

function renderSelection() {
  const chosen = new Set(selected().map((s) => s.id));
  for (const sentence of sentences) {
    const isSelected = chosen.has(sentence.id);
    sentence.node.classList.toggle("selected", isSelected);
    sentence.node.setAttribute("aria-selected", String(isSelected));
  }
  if (state.selection) textBox.setAttribute("aria-activedescendant", sentences[state.selection.focus].node.id);
  for (const button of document.querySelectorAll(".label-button")) {
    const all = selected().length > 0 && selected().every((s) => mine(s.id, button.dataset.label));
    button.setAttribute("aria-pressed", String(all));
  }
  const run = selected();
  if (!run.length) return;
  const span = state.selection.span;
  if (span) {
    const sentence = run[0];
    const words = [...sentence.text].slice(span.start - sentence.start, span.end - sentence.start).join("");
    // <bdi>: Arabic words keep their own direction without reordering the numbers around them.
    const quoted = document.createElement("bdi");
    quoted.textContent = words;
    info.replaceChildren("Selected words in sentence " + number(sentence) + ": “", quoted, "” (" + span.start + "–" + span.end + ").");
  } else if (run.length === 1) {
    info.textContent = "Selected sentence " + number(run[0]) + ".";
  } else {
    info.textContent = "Selected sentences " + number(run[0]) + "–" + number(run[run.length - 1]) + " (" + run.length + ").";
  }
}

function sentenceOfNode(node) {
  let current = node && node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
  while (current && current !== textBox) {
    if (current.classList && current.classList.contains("sentence")) return byId.get(Number(current.dataset.id));
    current = current.parentElement;
  }
  return null;
}

// Characters (code points, as the server counts them) from the start of the sentence to a DOM point.
function offsetIn(sentence, node, offset) {
  const range = document.createRange();
  range.setStart(sentence.node, 0);
  range.setEnd(node, offset);
  return [...range.toString()].length;
}

function spanFromSelection(sentence, domSelection) {
  const range = domSelection.getRangeAt(0);
  let start = offsetIn(sentence, range.startContainer, range.startOffset);
  let end = offsetIn(sentence, range.endContainer, range.endOffset);
  const chars = [...sentence.text];
  while (start < end && /\s/.test(chars[start])) start += 1;
  while (end > start && /\s/.test(chars[end - 1])) end -= 1;
  if (end <= start || (start === 0 && end === chars.length)) return null;
  return { start: sentence.start + start, end: sentence.start + end };
}

let pressed = null;
textBox.addEventListener("mousedown", (event) => {
  pressed = sentenceOfNode(event.target);
});

textBox.addEventListener("mouseup", (event) => {
  const domSelection = window.getSelection();
  const target = sentenceOfNode(event.target) || pressed;
  if (domSelection && !domSelection.isCollapsed && domSelection.rangeCount) {
    const first = sentenceOfNode(domSelection.anchorNode) || pressed;
    const last = sentenceOfNode(domSelection.focusNode) || target;
    if (first && last && first.id === last.id) {
      const span = spanFromSelection(first, domSelection);
      select(first.position, first.position, span);
      return;
    }
    if (first && last) {
      domSelection.removeAllRanges();
      select(first.position, last.position, null);
      return;
    }
  }
  if (!target) return;
  if (event.shiftKey && state.selection) select(state.selection.anchor, target.position, null, state.selection.anchor);
  else select(target.position, target.position, null);
  textBox.focus({ preventScroll: true });
});

function isTyping(target) {
  return target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

document.addEventListener("keydown", (event) => {
  if (isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
  const label = shortcuts.get(event.key);
  if (label) {
    event.preventDefault();
    toggle(label.key);
    return;
  }
  const moves = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };
  if (event.key in moves && !event.target.closest(".side-panel, dialog")) {
    event.preventDefault();
    const focus = state.selection ? state.selection.focus : -moves[event.key] > 0 ? sentences.length : -1;
    const next = Math.max(0, Math.min(sentences.length - 1, focus + moves[event.key]));
    if (event.shiftKey && state.selection) select(state.selection.anchor, next, null, state.selection.anchor);
    else select(next, next, null);
  } else if (event.key === "Escape" && state.selection) {
    state.selection = null;
    window.getSelection().removeAllRanges();
    renderSelection();
    info.textContent = "Nothing selected.";
  }
});

textBox.addEventListener("focus", () => {
  // Tabbing into the text starts at its first sentence; a mouse click chooses for itself.
  if (!state.selection && sentences.length && textBox.matches(":focus-visible")) select(0, 0, null);
});

// --- labelling --------------------------------------------------------------------------------------

for (const button of document.querySelectorAll(".label-button")) {
  button.addEventListener("click", () => {
    toggle(button.dataset.label);
    textBox.focus({ preventScroll: true }); // so that arrows and keys keep working on the text
  });
}

function describeRun(run) {
  return run.length === 1 ? "sentence " + number(run[0]) : "sentences " + number(run[0]) + "–" + number(run[run.length - 1]);
}

async function toggle(key) {
  const run = selected();
  const label = labels.get(key);
  if (!run.length) {
    info.textContent = "Select a sentence first, then press " + (label.shortcut || "a label button") + ".";
    return;
  }
  const waiting = run.filter((s) => creating.has(s.id + ":" + key));
  if (waiting.length) {
    info.textContent = "“" + label.name + "” on " + describeRun(waiting) + " is still being saved: wait for it before changing it.";
    return;
  }
  const span = state.selection.span;
  try {
    if (span) {
      const existing = mine(run[0].id, key);
      if (!existing) await create(run, key, span);
      else if (existing.span_start === span.start && existing.span_end === span.end) await remove([existing], label);
      else await reSpan(existing, span, label);
    } else if (run.every((s) => mine(s.id, key))) {
      await remove(run.map((s) => mine(s.id, key)), label);
    } else {
      await create(run.filter((s) => !mine(s.id, key)), key, null);
    }
  } catch (error) {
    // The status line already says what failed.
  }
}

async function create(run, key, span) {
  const label = labels.get(key);
  const what = "Adding “" + label.name + "” to " + describeRun(run);
  const keys = run.map((s) => s.id + ":" + key);
  for (const one of keys) creating.add(one);
  let created;
  try {
    // A save that cannot reach the server waits (marked in the text) and is sent when it can be:
    // the label is drawn when it is stored, whether on the first try, a Retry or after reconnecting.
    created = await status.run(
      what,
      async () => {
        if (run.length === 1) {
          const body = { sentence: run[0].id, label: key, ...inProject() };
          if (span) Object.assign(body, { span_start: span.start, span_end: span.end });
          return [await api.post("annotations/", body)];
        }
        const items = run.map((s) => ({ sentence: s.id, label: key }));
        return api.post("documents/" + data.document.id + "/annotations/bulk/", { items, ...inProject() });
      },
      { sentences: run.map((s) => s.id) },
    );
  } finally {
    for (const one of keys) creating.delete(one);
  }
  for (const annotation of created) state.annotations.set(annotation.id, annotation);
  render();
  if (created.length === 1 && (key === "casualty_claim" || key === "attribution")) {
    // The details open in the panel; on a phone the panel is below the text, and the page stays
    // where the person is labelling (the status line links to the details instead of jumping).
    editor.open(created[0]);
    if (window.matchMedia("(max-width: 900px)").matches) {
      status.element.append(" ", el("a", { href: "#editor", class: "to-editor" }, "Details below"));
    }
  }
  renderList();
}

async function remove(annotations, label) {
  const locked = annotations.filter((a) => !EDITABLE.has(a.status));
  if (locked.length) {
    status.fail(
      "Removing “" + label.name + "”",
      new ApiError(409, {}, "annotation(s) already " + locked.map((a) => a.status).join(", ") + " cannot be changed here."),
    );
    return;
  }
  const run = annotations.map((a) => byId.get(a.sentence));
  await status.run(
    "Removing “" + label.name + "” from " + describeRun(run),
    async () => {
      for (const annotation of annotations) {
        if (!state.annotations.has(annotation.id)) continue;
        await api.delete("annotations/" + annotation.id + "/");
        removeAnnotation(annotation);
      }
    },
    { sentences: run.map((s) => s.id) },
  );
}

async function reSpan(annotation, span, label) {
  const updated = await status.run(
    "Changing the words of “" + label.name + "”",
    () =>
      api.patch("annotations/" + annotation.id + "/", {
        version: state.annotations.get(annotation.id).version,
        span_start: span.start,
        span_end: span.end,
      }),
    { sentences: [annotation.sentence] },
  );
  upsert(updated);
}

// --- submit --------------------------------------------------------------------------------------------

const submitButton = document.getElementById("submit-document");
const confirmDialog = document.getElementById("submit-dialog");

// What a reviewer would send back: claims without figures (or with the machine's figures nobody
// checked) and attributions without the actor blamed, among the drafts that would be submitted.
function incomplete() {
  const problems = [];
  const drafts = [...state.annotations.values()]
    .filter((a) => a.status === "draft")
    .sort((a, b) => byId.get(a.sentence).position - byId.get(b.sentence).position);
  for (const a of drafts) {
    const where = "Sentence " + number(byId.get(a.sentence));
    if (a.label === "casualty_claim" && !a.figures) problems.push({ annotation: a, text: where + ": casualty claim without figures" });
    else if (a.label === "casualty_claim" && a.figures.is_suggested) problems.push({ annotation: a, text: where + ": casualty claim whose figures are still the suggestion (not confirmed)" });
    else if (a.label === "attribution" && !a.responsibility) problems.push({ annotation: a, text: where + ": attribution without the actor blamed" });
  }
  return problems;
}

function askToSubmit(problems) {
  const list = confirmDialog.querySelector("#submit-problems");
  list.replaceChildren(
    ...problems.map((problem) =>
      el(
        "li",
        {},
        el(
          "button",
          {
            type: "button",
            class: "link",
            onclick: () => {
              confirmDialog.close("fix");
              const sentence = byId.get(problem.annotation.sentence);
              select(sentence.position, sentence.position, null);
              editor.open(state.annotations.get(problem.annotation.id) || problem.annotation);
              renderList();
            },
          },
          problem.text,
        ),
      ),
    ),
  );
  confirmDialog.querySelector("#submit-count").textContent = String(problems.length);
  return new Promise((resolve) => {
    confirmDialog.addEventListener("close", () => resolve(confirmDialog.returnValue === "submit"), { once: true });
    confirmDialog.returnValue = "";
    confirmDialog.showModal();
  });
}

function plural(n, word) {
  return n + " " + word + (n === 1 ? "" : "s");
}

async function submitDocument() {
  // Whatever is typed in the open annotation is saved first (it saves as it is typed anyway).
  const saved = await editor.flush();
  if (!saved) {
    status.fail("Submitting", new ApiError(400, {}, "the open annotation could not be saved; fix or discard it first."));
    editor.element.scrollIntoView({ block: "nearest" });
    return;
  }
  if (status.queue.length) {
    status.fail("Submitting", new ApiError(400, {}, "some changes still wait to be sent; submit once they are saved."));
    return;
  }
  const problems = incomplete();
  if (problems.length && !(await askToSubmit(problems))) {
    info.textContent = "Not submitted: " + plural(problems.length, "annotation") + " to complete first.";
    return;
  }
  try {
    const result = await status.run("Submitting your drafts for review", () => api.post("documents/" + data.document.id + "/submit/", {}));
    const submitted = (result && result.submitted) || [];
    const already = (result && result.already_submitted) || [];
    await load();
    editor.refresh(state.annotations);
    let text;
    if (submitted.length) text = plural(submitted.length, "annotation") + " submitted for review.";
    else if (already.length) text = "Nothing new to submit: " + plural(already.length, "annotation") + " of yours on this document " + (already.length === 1 ? "was" : "were") + " already submitted or decided.";
    else text = "Nothing to submit: no drafts here (a rejected annotation must be edited before it is submitted again).";
    if (submitted.length && already.length) text += " " + plural(already.length, "annotation") + " had been submitted before.";
    status.show("saved", text);
  } catch (error) {
    // shown by the status line
  }
}

submitButton.addEventListener("click", () => whileBusy(submitButton, submitDocument));

window.addEventListener("beforeunload", (event) => {
  if (editor.hasUnsaved() || status.pending > 0 || status.queue.length > 0) {
    event.preventDefault();
    event.returnValue = "";
  }
});

// --- discussions with the reviewers ---------------------------------------------------------------------

const threadCard = document.getElementById("thread-card");

function openThread(annotationId) {
  threadCard.hidden = false;
  showThread(threadCard, annotationId, {
    me: data.me,
    onRead: (id) => {
      if (threads[id]) threads[id].unread = 0;
      renderList();
    },
    onSent: () => {
      threads[annotationId] = threads[annotationId] || { count: 0, unread: 0 };
      threads[annotationId].count += 1;
      renderList();
    },
  });
  threadCard.scrollIntoView({ block: "nearest" });
}

// --- projects: finishing the document, the next assigned one, the guidelines ------------------------

// A document in several of my projects: name the one this page works in (else the server asks which).
function inProject() {
  return data.project && data.project.several ? { project: data.project.id } : {};
}

const finishButton = document.getElementById("finish-document");
const unfinishButton = document.getElementById("unfinish-document");
const finishedMark = document.getElementById("finished-mark");

function showFinished(finished) {
  data.finished = finished;
  finishButton.hidden = finished;
  unfinishButton.hidden = !finished;
  finishedMark.hidden = !finished;
}

async function finishDocument(finished) {
  const what = finished ? "Finishing the document" : "Undoing the finish";
  try {
    await status.run(what, () => request(finished ? "POST" : "DELETE", data.finish_url));
    showFinished(finished);
    status.show(
      "saved",
      finished
        ? "Document finished: every sentence you left blank counts as “no label”. Press n for the next assigned document."
        : "The finish is undone: the document is open again.",
    );
  } catch (error) {
    // The status line says why (e.g. 409: some of your annotations here are approved already).
  }
}

function nextAssigned() {
  window.location.assign(data.next_url);
}

finishButton.addEventListener("click", () => whileBusy(finishButton, () => finishDocument(true)));
unfinishButton.addEventListener("click", () => whileBusy(unfinishButton, () => finishDocument(false)));
document.getElementById("next-assigned").addEventListener("click", nextAssigned);
document.addEventListener("keydown", (event) => {
  if (isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey || document.querySelector("dialog[open]")) return;
  if (event.key === "n") {
    event.preventDefault();
    nextAssigned();
  }
});
installGuidelines({ currentProject: () => data.project && data.project.id });

// A link to "#sentence-<id>" (from an incident's claim table) selects that sentence.
const linked = byId.get(Number((window.location.hash.match(/^#sentence-(\d+)$/) || [])[1]));
if (linked) select(linked.position, linked.position, null);

// A link to "#thread-<annotation id>" (from the home page's unread replies) opens that discussion.
const threadLinked = Number((window.location.hash.match(/^#thread-(\d+)$/) || [])[1]);

load().then(() => {
  const annotation = state.annotations.get(threadLinked);
  if (!annotation) return;
  const sentence = byId.get(annotation.sentence);
  select(sentence.position, sentence.position, null);
  openThread(threadLinked);
});
