// The annotation page: select sentences (click, shift-click, drag, arrow keys) or words inside one
// sentence, toggle labels with keys 1-4 or the label buttons, and see every save succeed or fail.
import { ApiError, SaveStatus, api, describeError, el, getAll, readJson } from "./api.js";
import { Editor } from "./editor.js";

const data = readJson("page-data");
const labels = new Map(data.labels.map((label) => [label.key, label]));
const shortcuts = new Map(data.labels.filter((l) => l.shortcut).map((label) => [label.shortcut, label]));
const textBox = document.getElementById("document-text");
const info = document.getElementById("selection-info");
const status = new SaveStatus(document.getElementById("save-status"));
const list = document.getElementById("my-annotations");
const summary = document.getElementById("mine-summary");
const EDITABLE = new Set(["draft", "rejected"]);

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

const state = {
  annotations: new Map(), // id -> annotation as the API returns it
  selection: null, // {from, to, anchor} positions in `sentences`, and span {start, end} (document offsets) or null
};

const editor = new Editor({
  element: document.getElementById("editor"),
  data,
  status,
  sentenceOf: (annotation) => byId.get(annotation.sentence),
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
  return colour + "55";
}

function paintSentence(sentence) {
  const annotations = [...state.annotations.values()]
    .filter((a) => a.sentence === sentence.id)
    .sort((a, b) => labelOrder(a.label) - labelOrder(b.label));
  const whole = annotations.filter((a) => a.span_start === null || a.span_start === undefined);
  const colours = whole.map((a) => tint((labels.get(a.label) || { colour: "#888888" }).colour));
  const node = sentence.node;
  if (colours.length === 1) node.style.background = colours[0];
  else if (colours.length > 1) {
    const step = 100 / colours.length;
    node.style.background =
      "linear-gradient(to bottom, " +
      colours.map((c, i) => c + " " + i * step + "% " + (i + 1) * step + "%").join(", ") +
      ")";
  } else node.style.background = "";
  node.classList.toggle("labelled", annotations.length > 0);
  node.dataset.labels = annotations.map((a) => a.label).join(" ");
  const names = annotations.map((a) => (labels.get(a.label) || { name: a.label }).name + " (" + a.status + ")");
  if (names.length) node.title = "Sentence " + sentence.index + ": " + names.join(", ");
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
          "aria-label": "Sentence " + sentence.index + ", " + label.name + ", " + a.status + ": open",
          onclick: () => {
            select(sentence.position, sentence.position, null);
            editor.open(a);
            renderList();
          },
        },
        el("span", { class: "chip", style: "--label: " + label.colour }, label.name),
        " ",
        el("span", { class: "muted" }, "sentence " + sentence.index),
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
      return el("li", { dataset: { annotation: a.id, status: a.status } }, button, comment);
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
    info.textContent = "Selected words in sentence " + sentence.index + ": “" + words + "” (" + span.start + "–" + span.end + ").";
  } else if (run.length === 1) {
    info.textContent = "Selected sentence " + run[0].index + ".";
  } else {
    info.textContent = "Selected sentences " + run[0].index + "–" + run[run.length - 1].index + " (" + run.length + ").";
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
  return run.length === 1 ? "sentence " + run[0].index : "sentences " + run[0].index + "–" + run[run.length - 1].index;
}

async function toggle(key) {
  const run = selected();
  const label = labels.get(key);
  if (!run.length) {
    info.textContent = "Select a sentence first, then press " + (label.shortcut || "a label button") + ".";
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
    // The status line already says what failed and offers a retry.
  }
}

async function create(run, key, span) {
  const label = labels.get(key);
  const what = "Adding “" + label.name + "” to " + describeRun(run);
  const created = await status.run(what, async () => {
    if (run.length === 1) {
      const body = { sentence: run[0].id, label: key };
      if (span) Object.assign(body, { span_start: span.start, span_end: span.end });
      return [await api.post("annotations/", body)];
    }
    const items = run.map((s) => ({ sentence: s.id, label: key }));
    return api.post("documents/" + data.document.id + "/annotations/bulk/", { items });
  });
  for (const annotation of created) state.annotations.set(annotation.id, annotation);
  render();
  if (created.length === 1 && (key === "casualty_claim" || key === "attribution")) {
    editor.open(created[0]);
    // On a narrow screen the panel is below the text: bring the details form into view.
    if (window.matchMedia("(max-width: 900px)").matches) editor.element.scrollIntoView({ block: "start" });
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
  await status.run("Removing “" + label.name + "” from " + describeRun(run), async () => {
    for (const annotation of annotations) {
      if (!state.annotations.has(annotation.id)) continue;
      await api.delete("annotations/" + annotation.id + "/");
      removeAnnotation(annotation);
    }
  });
}

async function reSpan(annotation, span, label) {
  const updated = await status.run("Changing the words of “" + label.name + "”", () =>
    api.patch("annotations/" + annotation.id + "/", {
      version: state.annotations.get(annotation.id).version,
      span_start: span.start,
      span_end: span.end,
    }),
  );
  upsert(updated);
}

// --- submit --------------------------------------------------------------------------------------------

document.getElementById("submit-document").addEventListener("click", async () => {
  if (editor.hasUnsaved()) {
    status.fail("Submitting", new ApiError(400, {}, "save or discard the changes in the open annotation first."));
    editor.element.querySelector("form")?.scrollIntoView({ block: "nearest" });
    return;
  }
  try {
    const result = await status.run("Submitting your drafts for review", () =>
      api.post("documents/" + data.document.id + "/submit/", {}),
    );
    const count = (result && result.submitted ? result.submitted.length : 0);
    await load();
    editor.refresh(state.annotations);
    status.show(
      "saved",
      count
        ? count + " annotation" + (count === 1 ? "" : "s") + " submitted for review."
        : "Nothing to submit: no drafts here (a rejected annotation must be edited before it is submitted again).",
    );
  } catch (error) {
    // shown by the status line
  }
});

window.addEventListener("beforeunload", (event) => {
  if (editor.hasUnsaved() || status.pending > 0) {
    event.preventDefault();
    event.returnValue = "";
  }
});

// A link to "#sentence-<id>" (from an incident's claim table) selects that sentence.
const linked = byId.get(Number((window.location.hash.match(/^#sentence-(\d+)$/) || [])[1]));
if (linked) select(linked.position, linked.position, null);

load();
