// Reviewers grade an incident (a grade and a note saying why) and edit its details. Both send the
// version the page was loaded with: if someone changed the incident meanwhile the server answers
// 409 with the stored incident, which the page shows next to what this reviewer chose (kept in the form).
import { api, describeError, el, fill, readJson, whileBusy } from "./api.js";

const data = readJson("page-data");
let version = data.version;

function withVersion(body) {
  return version === null || version === undefined ? body : { ...body, version };
}

function say(node, state, text) {
  node.dataset.state = state;
  node.textContent = text;
}

function showStored(box, current, fields) {
  fill(
    box,
    el("p", {}, el("strong", {}, "Not saved: "), "someone changed this incident since you opened the page. The stored version (version " + current.version + ") says:"),
    el("dl", {}, fields.flatMap(([name, text]) => [el("dt", {}, text), el("dd", {}, current[name] === null || current[name] === "" || current[name] === undefined ? "(empty)" : String(current[name]))])),
    el("p", {}, "Your choices are still in the form: save again to replace the stored version with them, or ", el("a", { href: window.location.pathname }, "reload the page"), " to start from it."),
  );
  box.hidden = false;
}

async function send(form, statusNode, staleBox, fields, what, request) {
  staleBox.hidden = true;
  say(statusNode, "saving", "Saving " + what + "…");
  try {
    const stored = await request();
    if (stored && stored.version !== undefined) version = stored.version;
    say(statusNode, "saved", what.charAt(0).toUpperCase() + what.slice(1) + " saved.");
    window.location.reload();
  } catch (error) {
    const current = error.body && error.body.current;
    if (error.status === 409 && current) {
      version = current.version;
      showStored(staleBox, current, fields);
      say(statusNode, "failed", "Not saved: the incident changed meanwhile (see above).");
    } else {
      say(statusNode, "failed", what.charAt(0).toUpperCase() + what.slice(1) + " not saved: " + describeError(error) + " Your values are still in the form.");
    }
  }
}

const gradeForm = document.getElementById("grade-form");
if (gradeForm) {
  const status = document.getElementById("grade-status");
  const stale = document.getElementById("grade-stale");
  for (const button of gradeForm.querySelectorAll("button[disabled]")) button.disabled = false;
  gradeForm.addEventListener("submit", (event) => {
    event.preventDefault();
    const grade = gradeForm.elements.grade.value;
    const note = gradeForm.elements.note.value.trim();
    if (!note) {
      say(status, "failed", "Say why the incident gets this grade: the note is required.");
      return;
    }
    whileBusy(gradeForm.querySelector("button[type=submit]"), () =>
      send(gradeForm, status, stale, [["grade", "Grade"], ["grade_note", "Why"]], "the grade", () =>
        api.post("incidents/" + data.incident + "/grade/", withVersion({ grade, note })),
      ),
    );
  });
}

const editForm = document.getElementById("edit-form");
if (editForm) {
  const status = document.getElementById("edit-status");
  const stale = document.getElementById("edit-stale");
  const fields = [["title", "Title"], ["place_name", "Place"], ["admin_area", "Admin area"], ["occurred_on", "Date"], ["description", "Description"]];
  for (const button of editForm.querySelectorAll("button[disabled]")) button.disabled = false;
  editForm.addEventListener("submit", (event) => {
    event.preventDefault();
    const body = withVersion({});
    for (const [name] of fields) {
      const value = editForm.elements[name].value.trim();
      body[name] = name === "occurred_on" ? value || null : value;
    }
    if (!body.title) {
      say(status, "failed", "An incident needs a title.");
      return;
    }
    whileBusy(editForm.querySelector("button[type=submit]"), () =>
      send(editForm, status, stale, fields, "the details", () => api.patch("incidents/" + data.incident + "/", body)),
    );
  });
}
