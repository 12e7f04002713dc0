// Upload files one by one and show, next to each file, what was created and what the importer refused.
import { api, describeError, el, whileBusy } from "./api.js";

const form = document.getElementById("import-form");
const input = document.getElementById("import-files");
const results = document.getElementById("import-results");

// The buttons stay disabled until this module has taken over the form.
for (const button of form.querySelectorAll("button[disabled]")) button.disabled = false;

function documentLinks(documents) {
  return documents.map((doc) =>
    el("li", {}, el("a", { href: "/documents/" + doc.id + "/annotate/" }, doc.title || "Document " + doc.id)),
  );
}

async function importFile(file) {
  const status = el("p", { class: "status-line", "data-state": "saving", text: "Uploading…" });
  const row = el("li", { class: "card import-result" }, el("h3", { text: file.name }), status);
  results.prepend(row);
  const body = new FormData();
  body.append("file", file, file.name);
  try {
    const report = await api.upload("documents/upload/", body);
    const created = report.created || [];
    const existing = report.existing || [];
    const problems = report.problems || [];
    status.dataset.state = problems.length ? "failed" : "saved";
    status.textContent =
      created.length + " imported, " + existing.length + " already stored, " + problems.length + " problem(s).";
    if (created.length) row.append(el("ul", { class: "created" }, documentLinks(created)));
    if (problems.length) {
      row.append(
        el(
          "ul",
          { class: "problems error", role: "alert" },
          problems.map((problem) => el("li", {}, (problem.source ? problem.source + ": " : "") + problem.message)),
        ),
      );
    }
  } catch (error) {
    status.dataset.state = "failed";
    const problems = (error.body && error.body.problems) || [];
    if (problems.length) {
      status.textContent = "Nothing was imported from this file. Fix these and upload it again:";
      row.append(
        el(
          "ul",
          { class: "problems error", role: "alert" },
          problems.map((problem) => el("li", {}, (problem.source ? problem.source + ": " : "") + problem.message)),
        ),
      );
      return;
    }
    status.textContent = "Not imported: " + describeError(error);
    const retry = el("button", { type: "button", text: "Retry", class: "retry" });
    retry.addEventListener("click", () => {
      row.remove();
      importFile(file);
    });
    status.append(" ", retry);
  }
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  // One click imports once: the button is disabled until every file has been sent.
  whileBusy(form.querySelector("button[type=submit]"), async () => {
    const files = [...input.files];
    for (const file of files) await importFile(file);
    input.value = "";
  });
});
