// Exports: check the choices with the server first (so an error is shown in words, not as a raw
// JSON page), then let the browser download the stream; or save the same export as a release.
import { ApiError, api, apiUrl, describeError } from "./api.js";

const form = document.getElementById("export-form");
const status = document.getElementById("export-status");
// The buttons stay disabled until this module has taken over the form.
for (const button of form.querySelectorAll("button[disabled]")) button.disabled = false;

const FILTERS = ["status", "label", "document", "publisher", "annotator", "incident", "created_after", "created_before", "identities"];

function say(state, text) {
  status.dataset.state = state;
  status.textContent = text;
}

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
  return { shape: form.elements.shape.value, format: form.elements.format.value, values };
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  let chosen;
  try {
    chosen = choices();
  } catch (error) {
    say("failed", error.message);
    return;
  }
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
});

const saveButton = document.getElementById("save-release");
if (saveButton) {
  saveButton.addEventListener("click", async () => {
    let chosen;
    try {
      chosen = choices();
    } catch (error) {
      say("failed", error.message);
      return;
    }
    const name = form.elements.name.value.trim();
    if (!name) {
      say("failed", "Give the release a name first.");
      form.elements.name.focus();
      return;
    }
    say("saving", "Saving the release…");
    try {
      const release = await api.post("releases/", { name, shape: chosen.shape, format: chosen.format, filters: chosen.values });
      say("saved", "Release “" + release.name + "” saved: " + release.row_count + " rows, SHA-256 " + release.sha256 + ".");
      setTimeout(() => window.location.reload(), 1200);
    } catch (error) {
      say("failed", "Release not saved: " + describeError(error) + " Your choices are still in the form.");
    }
  });
}
