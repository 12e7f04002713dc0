// Grading an incident (reviewers): the grade and a note saying why, then the page shows the result.
import { api, describeError, readJson } from "./api.js";

const data = readJson("page-data");
const form = document.getElementById("grade-form");
const status = document.getElementById("grade-status");

// The buttons stay disabled until this module has taken over the form.
for (const button of form.querySelectorAll("button[disabled]")) button.disabled = false;

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const grade = form.elements.grade.value;
  const note = form.elements.note.value.trim();
  if (!note) {
    status.dataset.state = "failed";
    status.textContent = "Say why the incident gets this grade: the note is required.";
    return;
  }
  status.dataset.state = "saving";
  status.textContent = "Saving the grade…";
  try {
    await api.post("incidents/" + data.incident + "/grade/", { grade, note, version: data.version });
    status.dataset.state = "saved";
    status.textContent = "Grade saved.";
    window.location.reload();
  } catch (error) {
    status.dataset.state = "failed";
    status.textContent = "Grade not saved: " + describeError(error) + " Your note is still in the form.";
  }
});
