// Suggested labels as hints: a mark after each sentence the suggestions think carries a label, the
// words that fired it on hover, and one key (A) that accepts the hints of the selected sentences.
// A hint never becomes an annotation by itself: only the key (or the button) creates the labels.
// Also the incident picker's first list: the incidents that match a claim, with the reasons.
import { api, describeError, el } from "./api.js";

const ACCEPT_KEY = "a";
const THRESHOLD = 0.5; // a label counts as suggested from this score on

// installHints({documentId, sentences, labels, selected, has, accept})
//   sentences: [{id, node, text}], labels: Map key -> {name, colour, shortcut}
//   selected(): the selected sentences; has(sentence, key): already labelled by me
//   accept(key, sentences): create that label on those sentences (the page's own labelling path)
export function installHints({ documentId, projectId, sentences, labels, selected, has, accept }) {
  const hints = new Map(); // sentence id -> [{label, score, cue, source}]
  const info = el("p", { id: "hint-info", class: "hint hint-info", "aria-live": "polite" });
  const selectionInfo = document.getElementById("selection-info");
  selectionInfo.after(info);
  const tip = el("div", { id: "hint-tip", class: "hint-tip", role: "tooltip", hidden: true });
  document.body.append(tip);

  function open(sentence) {
    return (hints.get(sentence.id) || []).filter((h) => labels.has(h.label) && !has(sentence, h.label));
  }

  function paint(sentence) {
    const waiting = open(sentence);
    if (waiting.length) {
      sentence.node.dataset.hints = waiting.map((h) => h.label).join(" ");
      sentence.node.dataset.hintMarks = waiting.map((h) => "◇" + (labels.get(h.label).shortcut || "")).join(" ");
    } else {
      delete sentence.node.dataset.hints;
      delete sentence.node.dataset.hintMarks;
    }
  }

  function describe(hint) {
    const label = labels.get(hint.label);
    const cue = hint.cue ? "“" + hint.cue + "”" : "no cue";
    return label.name + " (" + Math.round(hint.score * 100) + "%, " + hint.source + ": " + cue + ")";
  }

  function renderInfo() {
    const run = selected();
    const waiting = run.flatMap((s) => open(s));
    if (!run.length || !waiting.length) {
      info.textContent = "";
      info.hidden = true;
      return;
    }
    info.hidden = false;
    const names = [...new Set(waiting.map((h) => labels.get(h.label).name))];
    const detail = run.length === 1 ? waiting.map(describe).join("; ") : names.join(", ");
    info.replaceChildren(
      "Suggested: " + detail + ". ",
      el("button", { type: "button", class: "small secondary", onclick: acceptSelected }, "Accept (A)"),
    );
  }

  async function acceptSelected() {
    const run = selected();
    const byLabel = new Map();
    for (const sentence of run) {
      for (const hint of open(sentence)) {
        if (!byLabel.has(hint.label)) byLabel.set(hint.label, []);
        byLabel.get(hint.label).push(sentence);
      }
    }
    if (!byLabel.size) {
      info.hidden = false;
      info.textContent = run.length ? "No suggested labels left on the selection." : "Select a sentence first.";
      return;
    }
    for (const [key, chosen] of byLabel) await accept(key, chosen);
  }

  function refresh() {
    for (const sentence of sentences) paint(sentence);
    renderInfo();
  }

  // The page draws labels and the selection itself; follow its changes instead of hooking into them.
  const observer = new MutationObserver(() => refresh());
  for (const sentence of sentences) {
    observer.observe(sentence.node, { attributes: true, attributeFilter: ["data-labels", "aria-selected"] });
  }

  const byNode = new Map(sentences.map((s) => [s.node, s]));
  const textBox = sentences.length ? sentences[0].node.parentElement : null;
  if (textBox) {
    textBox.addEventListener("mouseover", (event) => {
      const node = event.target.closest(".sentence");
      const sentence = node && byNode.get(node);
      const waiting = sentence ? open(sentence) : [];
      if (!waiting.length) {
        tip.hidden = true;
        return;
      }
      tip.replaceChildren(el("strong", {}, "Suggested"), ...waiting.map((h) => el("div", {}, describe(h))));
      const box = node.getBoundingClientRect();
      tip.style.left = Math.round(window.scrollX + box.left) + "px";
      tip.style.top = Math.round(window.scrollY + box.bottom + 4) + "px";
      tip.hidden = false;
    });
    textBox.addEventListener("mouseleave", () => {
      tip.hidden = true;
    });
  }

  document.addEventListener("keydown", (event) => {
    if (event.key.toLowerCase() !== ACCEPT_KEY || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    if (target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))) return;
    if (target && target.closest && target.closest(".side-panel, dialog")) return;
    event.preventDefault();
    acceptSelected();
  });

  api
    .get("documents/" + documentId + "/suggestions/", { project: projectId })
    .then((body) => {
      for (const item of body.sentences || []) {
        hints.set(item.sentence, (item.labels || []).filter((h) => h.score >= THRESHOLD));
      }
      refresh();
    })
    .catch(() => {
      // Without suggestions the page works as before; hints are a head start, nothing more.
    });
  return { refresh };
}

// The incidents that match a claim (place, date, kind of attack), each with its reasons and a Link button.
export function incidentMatches({ annotationId, linked, onLink }) {
  const list = el("ul", { class: "plain incident-matches", "aria-live": "polite" }, el("li", { class: "muted" }, "Looking for matching incidents…"));
  const section = el("div", { class: "incident-match-list" }, el("h4", {}, "Likely matches"), list);
  api
    .get("incidents/matches/", { annotation: annotationId })
    .then((body) => {
      const results = (body.results || []).filter((m) => !(linked || []).includes(m.incident.id));
      if (!results.length) {
        list.replaceChildren(el("li", { class: "muted" }, "No existing incident matches this claim's place and date."));
        return;
      }
      list.replaceChildren(
        ...results.map((match) =>
          el(
            "li",
            { dataset: { incident: match.incident.id } },
            el("a", { href: "/incidents/" + match.incident.id + "/" }, match.incident.title),
            " ",
            el("span", { class: "muted" }, [match.incident.place_name, match.incident.occurred_on].filter(Boolean).join(" · ")),
            " ",
            el("button", { type: "button", class: "small", "aria-label": "Link to " + match.incident.title, onclick: () => onLink(match.incident.id, match.incident.title) }, "Link"),
            el("ul", { class: "match-reasons" }, ...match.reasons.map((reason) => el("li", {}, reason))),
          ),
        ),
      );
    })
    .catch((error) => {
      list.replaceChildren(el("li", { class: "muted" }, "Matches could not be loaded: " + describeError(error)));
    });
  return section;
}
