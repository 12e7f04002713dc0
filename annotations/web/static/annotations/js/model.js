// The project page's "Retrain suggestions" card. The Retrain button is a plain form post that answers at
// once (the training runs in the background on the server); while a training runs, this script asks the
// status API every second and, when it is done, shows the new version and its scores in place.
import { api, describeError, el, fill, readJson } from "./api.js";

const data = readJson("model-data");
const current = document.getElementById("model-current");
const state = document.getElementById("model-state");
const button = document.getElementById("train-button");
const POLL_MS = 1000;

function score(value) {
  return typeof value === "number" ? value.toFixed(3) : "–";
}

// "2026-12-02T17:06:19+00:00" as "2026-12-02 17:06:19 UTC", as the server writes it.
function utcText(stamp) {
  return String(stamp || "").replace("T", " ").replace("+00:00", " UTC");
}

function drawModel(model) {
  if (!model) return;
  const scores = model.scores || {};
  const perLabel = Object.entries(scores.f1 || {});
  fill(
    current,
    el(
      "dl",
      { class: "model-facts" },
      el("dt", { text: "Version" }),
      el("dd", { "data-testid": "model-version", text: String(model.version) }),
      el("dt", { text: "Trained at" }),
      el("dd", { "data-testid": "model-trained-at", text: utcText(model.trained_at) }),
      el("dt", { text: "Examples" }),
      el("dd", { "data-testid": "model-size", text: model.size + " sentences" }),
      el("dt", { text: "Cross-validated macro-F1" }),
      el("dd", { "data-testid": "model-macro-f1", text: score(scores.macro_f1) + " (" + scores.folds + " folds)" }),
    ),
    perLabel.length
      ? el(
          "table",
          { class: "model-scores" },
          el("caption", { class: "muted", text: "F1 per label, cross-validated" }),
          el("thead", {}, el("tr", {}, el("th", { scope: "col", text: "Label" }), el("th", { scope: "col", text: "F1" }))),
          el(
            "tbody",
            {},
            perLabel.map(([key, f1]) => el("tr", {}, el("td", { text: data.labels[key] || key }), el("td", { text: score(f1) }))),
          ),
        )
      : el("p", { class: "muted", text: "No label had enough examples to be learned; the hints come from the rules." }),
  );
}

function show(text, isError) {
  state.textContent = text;
  state.classList.toggle("error", Boolean(isError));
}

async function poll() {
  let status;
  try {
    status = await api.get("suggestions/model/", { project: data.project });
  } catch (error) {
    show("The training's state could not be read: " + describeError(error) + " Trying again…", true);
    window.setTimeout(poll, 5 * POLL_MS);
    return;
  }
  if (status.training) {
    show("Training since " + status.training.started + " (started by " + status.training.by + ")…");
    window.setTimeout(poll, POLL_MS);
    return;
  }
  button.disabled = false;
  if (status.last_error) {
    show("The last training failed: " + status.last_error.message, true);
    return;
  }
  drawModel(status.current);
  show(status.current ? "Training finished: version " + status.current.version + " is in use." : "");
  document.body.dataset.modelTraining = "done";
}

if (data && data.training) poll();
