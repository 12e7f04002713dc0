// Exports: check the choices with the server first (so an error is shown in words, not as a raw
// JSON page), then let the browser download the stream; or save the same export as a release.
// Each button stays disabled while its request runs, so a double click never sends it twice.
import { ApiError, api, apiUrl, describeError } from "./api.js";

const form = document.getElementById("export-form");
const status = document.getElementById("export-status");
const downloadButton = document.getElementById("download");
const saveButton = document.getElementById("save-release");
const bom = form.elements.bom;
// The buttons stay disabled until this module has taken over the form.
for (const button of form.querySelectorAll("button[disabled]")) button.disabled = false;

const FILTERS = ["status", "label", "document", "publisher", "annotator", "incident", "created_after", "created_before", "identities"];

function say(state, text) {
  status.dataset.state = state;
  status.textContent = text;
}

// The byte-order mark is a CSV option: offered only while CSV is chosen.
function followFormat() {
  const csv = form.elements.format.value === "csv";
  bom.disabled = !csv;
  if (!csv) bom.checked = false;
}
form.elements.format.addEventListener("change", followFormat);
followFormat();

function choices() {
  const values = {};
  for (const name of FILTERS) {
    const control = form.elements[name];
    if (control && control.value) values[name] = control.value;
  }
  const split = form.elements.split.checked;
  values.split = split ? "1" : "0";
  if (split) {
    const ratios = ["train", "dev", "test"].map((name) => Number(form.elements[name].value));
    if (ratios.some((r) => Number.isNaN(r) || r < 0 || r > 1)) throw new Error("Each split ratio must be a number between 0 and 1.");
    const total = ratios.reduce((a, b) => a + b, 0);
    if (Math.abs(total - 1) > 1e-6) throw new Error("The train, dev and test ratios must add up to 1; they add up to " + +total.toFixed(4) + ".");
    ["train", "dev", "test"].forEach((name, i) => (values[name] = String(ratios[i])));
  }
  if (!bom.disabled && bom.checked) values.bom = "1";
  return { shape: form.elements.shape.value, format: form.elements.format.value, values };
}

// Runs `work` with `button` disabled (and marked busy) until it settles.
// The form's choices, or null after saying in the status line what is wrong with them.
function choicesOrSay() {
  try {
    return choices();
  } catch (error) {
    say("failed", error.message);
    return null;
  }
}

async function whileBusy(button, work) {
  if (button.disabled) return;
  button.disabled = true;
  button.setAttribute("aria-busy", "true");
  try {
    return await work();
  } finally {
    button.disabled = false;
    button.removeAttribute("aria-busy");
  }
}

async function download() {
  const chosen = choicesOrSay();
  if (!chosen) return;
  const url = apiUrl("exports/" + chosen.shape + "." + chosen.format, chosen.values);
  say("saving", "Preparing the export…");
  try {
    const response = await fetch(url, { credentials: "same-origin" });
    if (!response.ok) {
      let body = {};
      try {
        body = await response.json();
      } catch (parseError) {
        body = {};
      }
      throw new ApiError(response.status, body, body.detail || "The export failed (HTTP " + response.status + ").");
    }
    if (response.body) await response.body.cancel();
    const link = document.createElement("a");
    link.href = url;
    link.download = chosen.shape + "." + chosen.format;
    document.body.append(link);
    link.click();
    link.remove();
    say("saved", "Download started: " + chosen.shape + "." + chosen.format + ".");
  } catch (error) {
    say("failed", "Export failed: " + describeError(error));
  }
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  whileBusy(downloadButton, download);
});

async function saveRelease() {
  const chosen = choicesOrSay();
  if (!chosen) return false;
  const name = form.elements.name.value.trim();
  if (!name) {
    say("failed", "Give the release a name first.");
    form.elements.name.focus();
    return false;
  }
  say("saving", "Saving the release…");
  try {
    const release = await api.post("releases/", { name, shape: chosen.shape, format: chosen.format, filters: chosen.values });
    say("saved", "Release “" + release.name + "” saved: " + release.row_count + " rows, SHA-256 " + release.sha256 + ".");
    return true;
  } catch (error) {
    if (error instanceof ApiError && error.status === 409 && error.body.current && error.body.current.name) {
      const existing = error.body.current;
      say("failed", "Release not saved: a release named “" + existing.name + "” exists already (" + existing.row_count + " rows, made " + (existing.created_at || "").slice(0, 10) + "). Choose another name.");
    } else {
      say("failed", "Release not saved: " + describeError(error) + " Your choices are still in the form.");
    }
    form.elements.name.focus();
    return false;
  }
}

// The preview: the first rows of the same export, drawn by the server (each row's text with its
// document's lang and dir), put under the form.
const previewButton = document.getElementById("preview");
const preview = document.getElementById("export-preview");

async function showPreview() {
  const chosen = choicesOrSay();
  if (!chosen) return;
  const params = new URLSearchParams({ shape: chosen.shape });
  for (const name of FILTERS) if (chosen.values[name]) params.set(name, chosen.values[name]);
  say("saving", "Loading the preview…");
  try {
    const response = await fetch(preview.dataset.url + "?" + params, { credentials: "same-origin" });
    preview.innerHTML = await response.text();
    say(response.ok ? "saved" : "failed", response.ok ? "Preview of the " + chosen.shape + " export below." : "The preview failed (HTTP " + response.status + ").");
  } catch (error) {
    say("failed", "The preview failed: " + describeError(error));
  }
}

previewButton.addEventListener("click", () => whileBusy(previewButton, showPreview));

if (saveButton) {
  saveButton.addEventListener("click", async () => {
    const saved = await whileBusy(saveButton, saveRelease);
    if (saved) {
      saveButton.disabled = true; // saved once: the page reloads with the new release listed
      setTimeout(() => window.location.reload(), 1200);
    }
  });
}
