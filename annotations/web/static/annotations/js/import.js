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

function problemList(problems) {
  return el(
    "ul",
    { class: "problems error", role: "alert" },
    problems.map((problem) => el("li", {}, (problem.source ? problem.source + ": " : "") + problem.message)),
  );
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const STEP = { queued: "Waiting for the import worker…", checking: "Checking", importing: "Importing" };

// A large .jsonl file is imported by a background job (HTTP 202): follow its progress until it ends.
async function followJob(job, row, status) {
  const bar = el("progress", { max: String(job.total), value: "0" });
  const line = el("p", { class: "progress-line" }, bar);
  row.append(line);
  for (;;) {
    const step = STEP[job.state];
    if (!step) break;
    bar.value = job.done;
    status.textContent =
      job.state === "queued" ? step : step + " " + job.done.toLocaleString() + " of " + job.total.toLocaleString() + " documents…";
    await sleep(1000);
    try {
      job = await api.get("import-jobs/" + job.id + "/");
    } catch (error) {
      status.textContent = "Could not read the import's progress: " + describeError(error) + " (it goes on in the background).";
      return;
    }
  }
  line.remove();
  if (job.state === "succeeded") {
    status.dataset.state = "saved";
    status.textContent = job.created_count + " imported, " + job.existing_count + " already stored, 0 problem(s).";
    row.append(el("p", {}, el("a", { href: "/documents/" }, "See the documents")));
  } else {
    status.dataset.state = "failed";
    const problems = job.problems || [];
    const more = job.problem_count > problems.length ? " (the first " + problems.length + " of " + job.problem_count + ")" : "";
    status.textContent = job.detail.startsWith("Nothing was imported:")
      ? "Nothing was imported from this file. Fix these" + more + " and upload it again:"
      : job.detail || "The import failed; nothing was imported.";
    if (problems.length) row.append(problemList(problems));
  }
}

async function importFile(file) {
  const status = el("p", { class: "status-line", "data-state": "saving", text: "Uploading…" });
  const row = el("li", { class: "card import-result" }, el("h3", { text: file.name }), status);
  results.prepend(row);
  const body = new FormData();
  body.append("file", file, file.name);
  try {
    const report = await api.upload("documents/upload/", body);
    if (report.state) return await followJob(report, row, status);
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
